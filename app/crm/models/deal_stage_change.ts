import { DealStageChangeSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { withOrganizationScope } from '#core/tenancy/with_organization_scope'

/**
 * One stay of a deal in a stage: when it entered, when it left.
 */
export default class DealStageChange extends compose(
  DealStageChangeSchema,
  withOrganizationScope
) {}
