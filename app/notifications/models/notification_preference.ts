import { NotificationPreferenceSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { withOrganizationScope } from '#core/tenancy/with_organization_scope'
import type { NotificationType } from '#notifications/notification_types'

/**
 * A user's choice for one notification type; without a row the type's
 * defaults apply.
 */
export default class NotificationPreference extends compose(
  NotificationPreferenceSchema,
  withOrganizationScope
) {
  declare type: NotificationType
}
