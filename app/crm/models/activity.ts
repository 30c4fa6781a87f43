import { ActivitySchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { column } from '@adonisjs/lucid/orm'
import { withOrganizationScope } from '#core/tenancy/with_organization_scope'

export default class Activity extends compose(ActivitySchema, withOrganizationScope) {
  @column()
  declare custom: Record<string, unknown>
}
