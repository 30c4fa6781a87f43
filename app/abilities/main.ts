import { Bouncer } from '@adonisjs/bouncer'
import type User from '#identity/models/user'
import { hasPermission } from '#identity/permissions'

export const viewDashboard = Bouncer.ability(
  async (user: User) => user.isActive && hasPermission(user, 'dashboard.view')
)

export const viewTeam = Bouncer.ability((user: User) => hasPermission(user, 'team.viewAny'))

export const viewAudit = Bouncer.ability((user: User) => hasPermission(user, 'audit.viewAny'))

export const viewSecurityLog = Bouncer.ability((user: User) =>
  hasPermission(user, 'security.viewAny')
)

export const manageOrganization = Bouncer.ability((user: User) =>
  hasPermission(user, 'organization.update')
)

export const manageCustomFields = Bouncer.ability((user: User) =>
  hasPermission(user, 'organization.update')
)

export const viewPipeline = Bouncer.ability((user: User) => hasPermission(user, 'deals.viewAny'))

export const viewMyTasks = Bouncer.ability((user: User) => hasPermission(user, 'tasks.viewAny'))
