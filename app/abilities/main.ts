import { Bouncer } from '@adonisjs/bouncer'
import type User from '#identity/models/user'
import { roleAtLeast } from '#identity/roles'

export const viewDashboard = Bouncer.ability((user: User) => user.isActive)

export const viewTeam = Bouncer.ability((user: User) => roleAtLeast(user.role, 'manager'))
