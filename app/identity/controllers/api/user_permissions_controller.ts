import type { HttpContext } from '@adonisjs/core/http'
import User from '#identity/models/user'
import UserPolicy from '#identity/policies/user_policy'
import { effectivePermissions, type Permission } from '#identity/permissions'
import { setPermissionsValidator } from '#identity/validators/users_validator'
import { setUserPermissions } from '#identity/actions/set_user_permissions'

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

    await setUserPermissions(user, permissions, auth.user as User)
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
