import { BaseTransformer } from '@adonisjs/core/transformers'
import type User from '#identity/models/user'

/**
 * A user as the admin panel and the API show them to their agency.
 */
export default class UserTransformer extends BaseTransformer<User> {
  toObject() {
    return {
      ...this.pick(this.resource, [
        'id',
        'name',
        'email',
        'phone',
        'role',
        'status',
        'locale',
        'timezone',
      ]),
      twoFactorEnabled: this.resource.twoFactorEnabled,
      createdAt: this.resource.createdAt.toUTC().toISO()!,
    }
  }
}
