import { DealSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { column } from '@adonisjs/lucid/orm'
import { withOrganizationScope } from '#core/tenancy/with_organization_scope'

export default class Deal extends compose(DealSchema, withOrganizationScope) {
  @column()
  declare tags: string[]

  @column()
  declare custom: Record<string, unknown>
}
