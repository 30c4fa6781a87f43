import { compose } from '@adonisjs/core/helpers'
import { SecurityLogSchema } from '#database/schema'
import { withOrganizationScope } from '#core/tenancy/with_organization_scope'

export default class SecurityLog extends compose(SecurityLogSchema, withOrganizationScope) {}
