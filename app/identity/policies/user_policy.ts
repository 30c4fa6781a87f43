import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#identity/models/user'
import { hasPermission, type Permission } from '#identity/permissions'
import { roleAtLeast, type Role } from '#identity/roles'

/**
 * Who may manage whom. Nobody acts on a user above their own role, nor hands
 * out a role or a permission they do not hold themselves.
 */
export default class UserPolicy extends BasePolicy {
  viewAny(actor: User) {
    return hasPermission(actor, 'users.viewAny')
  }

  view(actor: User) {
    return hasPermission(actor, 'users.view')
  }

  create(actor: User) {
    return hasPermission(actor, 'users.create')
  }

  async update(actor: User, target: User) {
    return roleAtLeast(actor.role, target.role) && hasPermission(actor, 'users.update')
  }

  assignRole(actor: User, role: Role) {
    return roleAtLeast(actor.role, role)
  }

  async delete(actor: User, target: User) {
    return (
      actor.id !== target.id &&
      roleAtLeast(actor.role, target.role) &&
      hasPermission(actor, 'users.delete')
    )
  }

  async grant(actor: User, target: User, permissions: Permission[]) {
    if (!(await this.update(actor, target))) return false
    for (const permission of permissions) {
      if (!(await hasPermission(actor, permission))) return false
    }
    return true
  }
}
