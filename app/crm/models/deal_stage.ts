import { DealStageSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { column } from '@adonisjs/lucid/orm'
import { withOrganizationScope } from '#core/tenancy/with_organization_scope'
import { withStoredRowOnInsert } from '#core/query/with_stored_row_on_insert'

export const STAGE_OUTCOMES = ['open', 'won', 'lost'] as const
export type StageOutcome = (typeof STAGE_OUTCOMES)[number]

/**
 * A column of the organization's pipeline, with the probability a deal in
 * it gets by default.
 */
export default class DealStage extends compose(
  DealStageSchema,
  withOrganizationScope,
  withStoredRowOnInsert
) {
  declare outcome: StageOutcome

  @column()
  declare custom: Record<string, unknown>
}
