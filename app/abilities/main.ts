import { Bouncer } from '@adonisjs/bouncer'
import type User from '#identity/models/user'
import { can } from '#identity/permissions'

export const viewDashboard = Bouncer.ability(
  (user: User) => user.isActive && can(user, 'dashboard.view')
)

export const viewTeam = Bouncer.ability((user: User) => can(user, 'team.viewAny'))
