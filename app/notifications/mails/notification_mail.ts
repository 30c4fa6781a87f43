import { LocalizedMail } from '#core/mail/localized_mail'
import { renderNotification } from '#notifications/render_notification'
import type { NotificationType } from '#notifications/notification_types'

/**
 * A notification by e-mail, in the recipient's language, on the shared
 * layout. Everything from the data is escaped by the template.
 */
export default class NotificationMail extends LocalizedMail {
  declare type: NotificationType
  declare data: Record<string, unknown>
  declare url: string | null

  about(type: NotificationType, data: Record<string, unknown>, url: string | null) {
    this.type = type
    this.data = data
    this.url = url
    return this
  }

  prepare() {
    const { title, body } = renderNotification(this.i18n, this.type, this.data)
    this.compose('notification', 'notifications.mail.subject', {
      title,
      body,
      name: this.recipient.name,
      url: this.url ? this.link(this.url) : null,
    })
  }
}
