import type { HttpContext } from '@adonisjs/core/http'
import type * as abilities from '#abilities/main'
import { resourceList } from '#resources/registry'
import ResourcePolicy from '#resources/policies/resource_policy'

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

type VisibleItem = { key: string; route: string; icon: string; label?: string }

/**
 * The resources the user may list, in their declared order, labelled in
 * the user's language.
 */
async function resourceItems(ctx: HttpContext) {
  const items: VisibleItem[] = []
  const ordered = [...resourceList].sort((a, b) => a.navigation.order - b.navigation.order)
  for (const resource of ordered) {
    if (await ctx.bouncer.with(ResourcePolicy).allows('viewAny', resource)) {
      items.push({
        key: resource.name,
        route: `admin.${resource.name.replaceAll('-', '_')}.index`,
        icon: resource.navigation.icon,
        label: ctx.i18n.t(`resources.${resource.name}.plural`),
      })
    }
  }
  return items
}

export async function navigationFor(ctx: HttpContext) {
  const visible: VisibleItem[] = []
  for (const item of NAVIGATION) {
    if (await ctx.bouncer.allows(item.ability)) {
      visible.push({ key: item.key, route: item.route, icon: item.icon })
    }
    if (item.key === 'dashboard') visible.push(...(await resourceItems(ctx)))
  }
  return visible
}
