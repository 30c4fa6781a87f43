import { NotificationSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { column } from '@adonisjs/lucid/orm'
import { withOrganizationScope } from '#core/tenancy/with_organization_scope'
import type { NotificationPriority, NotificationType } from '#notifications/notification_types'

/**
 * What one user was told. The words are not stored: `type` and `data` are
 * rendered in the reader's language each time it is read.
 */
export default class Notification extends compose(NotificationSchema, withOrganizationScope) {
  declare type: NotificationType
  declare priority: NotificationPriority

  @column({ prepare: (value) => JSON.stringify(value) })
  declare data: Record<string, string | number | null>
}
