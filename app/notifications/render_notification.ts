import type { I18n } from '@adonisjs/i18n'
import type { NotificationType } from '#notifications/notification_types'

/**
 * A notification's title and body in the reader's language, from its type
 * and the facts it stored (names as they were, a role, counts). Values
 * are text: whatever a name contains is never read as markup.
 */
export function renderNotification(
  i18n: I18n,
  type: NotificationType,
  data: Record<string, unknown>
) {
  const values: Record<string, unknown> = { ...data }
  values.actor = data.actor ?? i18n.t('notifications.someone')
  if (typeof data.role === 'string') values.role = i18n.t(`notifications.roles.${data.role}`)
  if (typeof data.resource === 'string') {
    values.resource = i18n.t(`resources.${data.resource}.plural`)
  }
  const strings = values as Record<string, string>
  return {
    title: i18n.t(`notifications.${type}.title`, strings),
    body: i18n.t(`notifications.${type}.body`, strings),
  }
}
