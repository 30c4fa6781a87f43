import { compose } from '@adonisjs/core/helpers'
import { UserPermissionSchema } from '#database/schema'
import { withOrganizationScope } from '#core/tenancy/with_organization_scope'

export default class UserPermission extends compose(UserPermissionSchema, withOrganizationScope) {}
