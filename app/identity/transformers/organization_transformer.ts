import { BaseTransformer } from '@adonisjs/core/transformers'
import type Organization from '#identity/models/organization'

export default class OrganizationTransformer extends BaseTransformer<Organization> {
  toObject() {
    return this.pick(this.resource, [
      'id',
      'name',
      'slug',
      'defaultLocale',
      'timezone',
      'currency',
      'logoUrl',
      'requireTwoFactor',
    ])
  }
}
