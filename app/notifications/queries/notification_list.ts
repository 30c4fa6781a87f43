import type { I18n } from '@adonisjs/i18n'
import { errors } from '@vinejs/vine'
import { ListQuery } from '#core/query/list_query'
import Notification from '#notifications/models/notification'
import { NOTIFICATION_TYPE_NAMES } from '#notifications/notification_types'

/**
 * What a user's notification list can be sorted and filtered by, besides
 * `filter[read]=true|false`.
 */
const notificationsListQuery = new ListQuery(
  {
    type: { column: 'type', type: 'enum', values: NOTIFICATION_TYPE_NAMES, filterable: true },
    priority: {
      column: 'priority',
      type: 'enum',
      values: ['low', 'normal', 'high'],
      filterable: true,
    },
    createdAt: { column: 'created_at', type: 'date', sortable: true, filterable: true },
  },
  '-createdAt'
)

/**
 * The user's own notifications (never anyone else's), newest first unless
 * sorted otherwise, filtered by the API's query-string syntax.
 */
export function notificationsOf(userId: number, qs: Record<string, unknown>, i18n: I18n) {
  const query = Notification.query().where('user_id', userId)
  const filter = qs.filter
  if (typeof filter === 'object' && filter !== null && !Array.isArray(filter) && 'read' in filter) {
    const { read, ...others } = filter as Record<string, unknown>
    if (read !== 'true' && read !== 'false') {
      const message = i18n.t('validator.shared.messages.invalidFilter', { field: 'filter[read]' })
      throw new errors.E_VALIDATION_ERROR([
        { field: 'filter[read]', rule: 'invalidFilter', message },
      ])
    }
    if (read === 'true') query.whereNotNull('read_at')
    else query.whereNull('read_at')
    return notificationsListQuery.apply(query, { ...qs, filter: others }, i18n)
  }
  return notificationsListQuery.apply(query, qs, i18n)
}

/**
 * The bell's number: one range of the (user_id, read_at, created_at) index.
 */
export async function unreadCountOf(userId: number) {
  const row = await Notification.query()
    .where('user_id', userId)
    .whereNull('read_at')
    .count('* as total')
    .first()
  return Number(row?.$extras.total ?? 0)
}
