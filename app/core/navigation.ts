import type { HttpContext } from '@adonisjs/core/http'
import type * as abilities from '#abilities/main'
import { resourceList } from '#resources/registry'
import { routeKeyOf } from '#resources/define_resource'
import ResourcePolicy from '#resources/policies/resource_policy'

type NavigationItem = {
  key: string
  route: string
  icon: string
  ability: keyof typeof abilities
}

/**
 * The sidebar, in order. Each entry shows only to users its ability allows;
 * `resources` stands for the registered resources the user may list.
 */
const NAVIGATION: (NavigationItem | 'resources')[] = [
  { key: 'dashboard', route: 'admin.dashboard', icon: 'pi pi-home', ability: 'viewDashboard' },
  { key: 'myTasks', route: 'admin.tasks.mine', icon: 'pi pi-inbox', ability: 'viewMyTasks' },
  { key: 'board', route: 'admin.deals.board', icon: 'pi pi-th-large', ability: 'viewPipeline' },
  'resources',
  { key: 'team', route: 'admin.team.index', icon: 'pi pi-users', ability: 'viewTeam' },
  { key: 'audit', route: 'admin.audit.index', icon: 'pi pi-history', ability: 'viewAudit' },
  {
    key: 'security',
    route: 'admin.security.index',
    icon: 'pi pi-shield',
    ability: 'viewSecurityLog',
  },
  {
    key: 'leadCapture',
    route: 'admin.lead_capture.show',
    icon: 'pi pi-globe',
    ability: 'manageOrganization',
  },
  {
    key: 'settings',
    route: 'admin.settings.show',
    icon: 'pi pi-cog',
    ability: 'manageOrganization',
  },
  {
    key: 'customFields',
    route: 'admin.custom_fields.index',
    icon: 'pi pi-sliders-h',
    ability: 'manageCustomFields',
  },
  { key: 'jobs', route: 'admin.jobs.index', icon: 'pi pi-sync', ability: 'manageOrganization' },
  {
    key: 'outbox',
    route: 'admin.outbox.index',
    icon: 'pi pi-envelope',
    ability: 'manageOrganization',
  },
]

type VisibleItem = { key: string; route: string; icon: string; label?: string }

/**
 * The resources the user may work with, in their declared order, labelled
 * in the user's language.
 */
async function resourceItems(ctx: HttpContext) {
  const items: VisibleItem[] = []
  const ordered = [...resourceList].sort((a, b) => a.navigation.order - b.navigation.order)
  for (const resource of ordered) {
    // Settings resources (pipeline stages) are listed for those who edit them.
    const ability = resource.navigation.group === 'settings' ? 'update' : 'viewAny'
    if (await ctx.bouncer.with(ResourcePolicy).allows(ability, resource)) {
      items.push({
        key: resource.name,
        route: `admin.${routeKeyOf(resource)}.index`,
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
    if (item === 'resources') visible.push(...(await resourceItems(ctx)))
    else if (await ctx.bouncer.allows(item.ability)) {
      visible.push({ key: item.key, route: item.route, icon: item.icon })
    }
  }
  return visible
}
