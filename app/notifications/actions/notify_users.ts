import i18nManager from '@adonisjs/i18n/services/main'
import mail from '@adonisjs/mail/services/main'
import User from '#identity/models/user'
import Organization from '#identity/models/organization'
import { tenantContext } from '#core/tenancy/tenant_context'
import Notification from '#notifications/models/notification'
import NotificationMail from '#notifications/mails/notification_mail'
import NotificationTransformer from '#notifications/transformers/notification_transformer'
import { channelsFor } from '#notifications/preferences'
import { broadcastToUser } from '#notifications/realtime/broadcast'
import { NOTIFICATION_TYPES, type NotificationType } from '#notifications/notification_types'

export type NotificationData = Record<string, string | number | null>

export type NotificationRequest = {
  type: NotificationType
  organizationId: number
  recipientIds: (number | null | undefined)[]
  data: NotificationData
  /** the admin panel path it leads to */
  url: string | null
}

function localeOf(user: User, organization: Organization) {
  return user.locale ?? organization.defaultLocale
}

/**
 * Tells users of one organization that something happened, each the way
 * they chose for this type: a notification in the app (pushed at once to
 * their open screens) and/or an e-mail, in their language. Disabled users
 * and users of other organizations are never told.
 */
export async function notifyUsers(request: NotificationRequest) {
  const ids = [
    ...new Set(request.recipientIds.filter((id): id is number => typeof id === 'number')),
  ]
  if (ids.length === 0) return []
  return tenantContext.run(request.organizationId, async () => {
    const organization = await Organization.findOrFail(request.organizationId)
    const users = await User.query().whereIn('id', ids).where('status', 'active')
    if (users.length === 0) return []
    const channels = await channelsFor(
      users.map((user) => user.id),
      request.type
    )
    const inApp = users.filter((user) => channels.get(user.id)!.inApp)
    const notifications = await Notification.createMany(
      inApp.map((user) => ({
        organizationId: request.organizationId,
        userId: user.id,
        type: request.type,
        priority: NOTIFICATION_TYPES[request.type].priority,
        data: request.data,
        url: request.url,
      }))
    )
    for (const notification of notifications) {
      const user = inApp.find((candidate) => candidate.id === notification.userId)!
      const i18n = i18nManager.locale(localeOf(user, organization))
      broadcastToUser(user.id, {
        type: 'notification.created',
        data: new NotificationTransformer(notification, i18n).toObject(),
      })
    }
    for (const user of users.filter((candidate) => channels.get(candidate.id)!.email)) {
      await deliverByEmail(user, organization, request)
    }
    return notifications
  })
}

/**
 * The e-mail side: queued on the mailer's messenger (in this process for
 * now; a job queue can take the messenger over without touching this).
 */
async function deliverByEmail(
  user: User,
  organization: Organization,
  request: NotificationRequest
) {
  const message = new NotificationMail(
    { email: user.email, name: user.name },
    localeOf(user, organization),
    organization.name
  ).about(request.type, request.data, request.url)
  await mail.sendLater(message)
}
