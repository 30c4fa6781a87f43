import NotificationPreference from '#notifications/models/notification_preference'
import {
  NOTIFICATION_TYPE_NAMES,
  defaultChannels,
  type Channels,
  type NotificationType,
} from '#notifications/notification_types'

export type Preference = { type: NotificationType } & Channels

/**
 * How each of these users wants to hear about one type: their choice, else
 * the type's default. One query for all of them.
 */
export async function channelsFor(userIds: number[], type: NotificationType) {
  const rows = await NotificationPreference.query().whereIn('user_id', userIds).where('type', type)
  const chosen = new Map(rows.map((row) => [row.userId, { inApp: row.inApp, email: row.email }]))
  return new Map(userIds.map((id) => [id, chosen.get(id) ?? defaultChannels(type)]))
}

/**
 * Every type with the user's choice or its default, in a stable order.
 */
export async function preferencesOf(userId: number): Promise<Preference[]> {
  const rows = await NotificationPreference.query().where('user_id', userId)
  return NOTIFICATION_TYPE_NAMES.map((type) => {
    const row = rows.find((candidate) => candidate.type === type)
    return { type, ...(row ? { inApp: row.inApp, email: row.email } : defaultChannels(type)) }
  })
}

/**
 * Saves the user's choices for the given types (the others keep theirs).
 */
export async function savePreferences(
  user: { id: number; organizationId: number },
  preferences: Preference[]
) {
  if (preferences.length === 0) return
  await NotificationPreference.updateOrCreateMany(
    ['userId', 'type'],
    preferences.map(({ type, inApp, email }) => ({
      organizationId: user.organizationId,
      userId: user.id,
      type,
      inApp,
      email,
    }))
  )
}
