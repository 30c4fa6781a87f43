import { compose } from '@adonisjs/core/helpers'
import { AuditLogSchema } from '#database/schema'
import { withOrganizationScope } from '#core/tenancy/with_organization_scope'

export default class AuditLog extends compose(AuditLogSchema, withOrganizationScope) {}
