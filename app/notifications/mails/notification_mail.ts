import { DateTime } from 'luxon'
import { LocalizedMail } from '#core/mail/localized_mail'
import { renderNotification } from '#notifications/render_notification'
import type { NotificationType } from '#notifications/notification_types'

/**
 * A notification by e-mail, in the recipient's language, on the shared
 * layout; task notifications (assigned, due soon, overdue…) also show the
 * task's details. Everything from the data is escaped by the template.
 */
export default class NotificationMail extends LocalizedMail {
  declare type: NotificationType
  declare data: Record<string, unknown>
  declare url: string | null
  declare timezone: string

  about(
    type: NotificationType,
    data: Record<string, unknown>,
    url: string | null,
    timezone = 'UTC'
  ) {
    this.type = type
    this.data = data
    this.url = url
    this.timezone = timezone
    return this
  }

  prepare() {
    const { title, body } = renderNotification(this.i18n, this.type, this.data)
    const shared = { title, body, name: this.recipient.name, url: this.url && this.link(this.url) }
    if (this.type.startsWith('task.')) {
      this.compose('task', 'notifications.mail.subject', { ...shared, task: this.#task() })
    } else {
      this.compose('notification', 'notifications.mail.subject', shared)
    }
  }

  #task() {
    const { task, dueAt, priority } = this.data
    return {
      title: task,
      due:
        typeof dueAt === 'string'
          ? DateTime.fromISO(dueAt)
              .setZone(this.timezone)
              .setLocale(this.locale)
              .toLocaleString(DateTime.DATETIME_MED)
          : null,
      priority:
        typeof priority === 'string'
          ? this.i18n.t(`resources.tasks.options.priority.${priority}`)
          : null,
    }
  }
}
