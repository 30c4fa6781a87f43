import { BaseTransformer } from '@adonisjs/core/transformers'
import type User from '#identity/models/user'

/**
 * A member of the organization as administrators see them in the API.
 */
export default class MemberTransformer extends BaseTransformer<User> {
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
      createdAt: this.resource.createdAt.toUTC().toISO(),
    }
  }
}
