import { BaseTransformer } from '@adonisjs/core/transformers'
import type { I18n } from '@adonisjs/i18n'
import type Notification from '#notifications/models/notification'
import { renderNotification } from '#notifications/render_notification'
import type { NotificationPriority, NotificationType } from '#notifications/notification_types'

export type NotificationView = {
  id: number
  type: NotificationType
  priority: NotificationPriority
  url: string | null
  title: string
  body: string
  data: Record<string, string | number | null>
  read: boolean
  readAt: string | null
  createdAt: string
}

/**
 * A notification as its recipient reads it, in the language they read it in.
 */
export default class NotificationTransformer extends BaseTransformer<Notification> {
  constructor(
    resource: Notification,
    protected i18n: I18n
  ) {
    super(resource)
  }

  toObject(): NotificationView {
    const notification = this.resource
    return {
      ...this.pick(notification, ['id', 'type', 'priority', 'url']),
      ...renderNotification(this.i18n, notification.type, notification.data),
      data: notification.data,
      read: Boolean(notification.readAt),
      readAt: notification.readAt?.toUTC().toISO() ?? null,
      createdAt: notification.createdAt.toUTC().toISO()!,
    }
  }
}
