import { LeadSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { column } from '@adonisjs/lucid/orm'
import { withOrganizationScope } from '#core/tenancy/with_organization_scope'
import { withStoredRowOnInsert } from '#core/query/with_stored_row_on_insert'

export default class Lead extends compose(
  LeadSchema,
  withOrganizationScope,
  withStoredRowOnInsert
) {
  @column()
  declare tags: string[]

  @column()
  declare custom: Record<string, unknown>
}
