import { BaseTransformer } from '@adonisjs/core/transformers'
import type User from '#identity/models/user'

export default class UserTransformer extends BaseTransformer<User> {
  toObject() {
    return this.pick(this.resource, [
      'id',
      'name',
      'email',
      'phone',
      'role',
      'status',
      'locale',
      'timezone',
    ])
  }
}
