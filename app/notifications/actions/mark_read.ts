import { DateTime } from 'luxon'
import Notification from '#notifications/models/notification'
import { unreadCountOf } from '#notifications/queries/notification_list'
import { broadcastToUser } from '#notifications/realtime/broadcast'

/**
 * The user's other open screens learn the new count at once.
 */
async function announceUnread(userId: number) {
  const count = await unreadCountOf(userId)
  broadcastToUser(userId, { type: 'notification.read', data: { unreadCount: count } })
}

/**
 * Marks one of the user's notifications read (another user's is not found).
 */
export async function markRead(user: { id: number }, id: number) {
  const notification = await Notification.query()
    .where('user_id', user.id)
    .where('id', id)
    .firstOrFail()
  if (!notification.readAt) {
    notification.readAt = DateTime.utc()
    await notification.save()
    await announceUnread(user.id)
  }
  return notification
}

export async function markAllRead(user: { id: number }) {
  await Notification.query()
    .where('user_id', user.id)
    .whereNull('read_at')
    .update({ read_at: DateTime.utc().toSQL() })
  await announceUnread(user.id)
}
