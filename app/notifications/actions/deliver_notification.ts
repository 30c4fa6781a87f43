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
import { NOTIFICATION_TYPES } from '#notifications/notification_types'
import { DELIVERY_KEY_HEADER } from '#core/mail/mail_headers'
import type { NotificationDelivery } from '#notifications/actions/notify_users'

function localeOf(user: User, organization: Organization) {
  return user.locale ?? organization.defaultLocale
}

/**
 * Tells each recipient the way they chose for this type: a notification in
 * the app (pushed at once to their open screens) and/or an e-mail, in their
 * language. Disabled users and users of other organizations are never told;
 * a recipient this delivery already reached is skipped.
 */
export async function deliverNotification(request: NotificationDelivery) {
  return tenantContext.run(request.organizationId, async () => {
    const organization = await Organization.findOrFail(request.organizationId)
    const users = await User.query().whereIn('id', request.recipientIds).where('status', 'active')
    if (users.length === 0) return []
    const channels = await channelsFor(
      users.map((user) => user.id),
      request.type
    )
    const reached = await Notification.query()
      .where('delivery_key', request.deliveryKey)
      .select('user_id')
    const alreadyNotified = new Set(reached.map((notification) => notification.userId))
    const inApp = users.filter(
      (user) => channels.get(user.id)!.inApp && !alreadyNotified.has(user.id)
    )
    const notifications = await Notification.createMany(
      inApp.map((user) => ({
        organizationId: request.organizationId,
        userId: user.id,
        type: request.type,
        priority: NOTIFICATION_TYPES[request.type].priority,
        data: request.data,
        url: request.url,
        deliveryKey: request.deliveryKey,
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
 * The e-mail side: queued, and sent at most once per delivery and user.
 */
async function deliverByEmail(
  user: User,
  organization: Organization,
  request: NotificationDelivery
) {
  const message = new NotificationMail(
    { email: user.email, name: user.name },
    localeOf(user, organization),
    organization
  ).about(request.type, request.data, request.url, user.timezone ?? organization.timezone)
  message.message.header(DELIVERY_KEY_HEADER, `${request.deliveryKey}:${user.id}`)
  await mail.sendLater(message)
}
