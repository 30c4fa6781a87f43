import { SavedViewSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { column } from '@adonisjs/lucid/orm'
import { withOrganizationScope } from '#core/tenancy/with_organization_scope'

export type ViewState = {
  filter?: Record<string, unknown>
  sort?: string
  q?: string
  columns?: string[]
  perPage?: number
  density?: 'compact' | 'normal' | 'comfortable'
}

/**
 * A list's filters, sort and columns saved under a name, for its author
 * or shared with the whole organization.
 */
export default class SavedView extends compose(SavedViewSchema, withOrganizationScope) {
  @column()
  declare state: ViewState
}
