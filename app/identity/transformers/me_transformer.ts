import { BaseTransformer } from '@adonisjs/core/transformers'
import type User from '#identity/models/user'
import { effectivePermissions } from '#identity/permissions'

/**
 * The signed-in user as the API contract's `/me` describes it. The
 * organization and grants must be loaded.
 */
export default class MeTransformer extends BaseTransformer<User> {
  toObject() {
    const user = this.resource
    return {
      ...this.pick(user, ['id', 'name', 'email', 'phone', 'locale', 'timezone', 'role']),
      organization: this.pick(user.organization, ['id', 'name', 'slug']),
      permissions: effectivePermissions(user),
      twoFactorEnabled: user.twoFactorEnabled,
    }
  }
}
