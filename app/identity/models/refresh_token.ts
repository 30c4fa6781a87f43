import { compose } from '@adonisjs/core/helpers'
import { RefreshTokenSchema } from '#database/schema'
import { withOrganizationScope } from '#core/tenancy/with_organization_scope'

export default class RefreshToken extends compose(RefreshTokenSchema, withOrganizationScope) {}
