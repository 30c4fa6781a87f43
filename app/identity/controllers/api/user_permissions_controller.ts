import db from '@adonisjs/lucid/services/db'
import type { HttpContext } from '@adonisjs/core/http'
import User from '#identity/models/user'
import UserPermission from '#identity/models/user_permission'
import UserPolicy from '#identity/policies/user_policy'
import { effectivePermissions, type Permission } from '#identity/permissions'
import { setPermissionsValidator } from '#identity/validators/users_validator'
import { recordAudit } from '#core/audit/audit'

/**
 * Extra permissions granted to one user, on top of their role.
 */
export default class UserPermissionsController {
  async show({ params, bouncer }: HttpContext) {
    await bouncer.with(UserPolicy).authorize('view')
    const user = await User.query().where('id', params.id).preload('grants').firstOrFail()
    return { data: this.describe(user) }
  }

  /**
   * Replaces the user's grants with the given set.
   */
  async update({ params, request, bouncer, auth }: HttpContext) {
    const user = await User.query().where('id', params.id).preload('grants').firstOrFail()
    const { permissions } = await request.validateUsing(setPermissionsValidator)
    await bouncer.with(UserPolicy).authorize('grant', user, permissions)

    const before = user.grants.map((grant) => grant.permission).sort()
    await db.transaction(async (trx) => {
      await UserPermission.query({ client: trx }).where('user_id', user.id).delete()
      await UserPermission.createMany(
        permissions.map((permission) => ({
          organizationId: user.organizationId,
          userId: user.id,
          permission,
          grantedById: auth.user!.id,
        })),
        { client: trx }
      )
    })
    await user.load('grants')
    await recordAudit({
      action: 'user.permissions_changed',
      entity: { type: 'user', id: user.id },
      changes: { before: { grants: before }, after: { grants: [...permissions].sort() } },
    })
    return { data: this.describe(user) }
  }

  protected describe(user: User) {
    return {
      role: user.role,
      grants: user.grants.map((grant) => grant.permission as Permission).sort(),
      permissions: effectivePermissions(user).sort(),
    }
  }
}
