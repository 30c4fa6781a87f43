import type { HttpContext } from '@adonisjs/core/http'
import type * as abilities from '#abilities/main'

type NavigationItem = {
  key: string
  route: string
  icon: string
  ability: keyof typeof abilities
}

/**
 * The sidebar, in order. Each entry shows only to users its ability allows.
 */
const NAVIGATION: NavigationItem[] = [
  { key: 'dashboard', route: 'admin.dashboard', icon: 'pi pi-home', ability: 'viewDashboard' },
  { key: 'team', route: 'admin.team.index', icon: 'pi pi-users', ability: 'viewTeam' },
  { key: 'audit', route: 'admin.audit.index', icon: 'pi pi-history', ability: 'viewAudit' },
  {
    key: 'security',
    route: 'admin.security.index',
    icon: 'pi pi-shield',
    ability: 'viewSecurityLog',
  },
  {
    key: 'settings',
    route: 'admin.settings.show',
    icon: 'pi pi-cog',
    ability: 'manageOrganization',
  },
]

export async function navigationFor(ctx: HttpContext) {
  const visible = []
  for (const item of NAVIGATION) {
    if (await ctx.bouncer.allows(item.ability)) {
      visible.push({ key: item.key, route: item.route, icon: item.icon })
    }
  }
  return visible
}
