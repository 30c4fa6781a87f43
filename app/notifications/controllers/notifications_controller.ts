import type { HttpContext } from '@adonisjs/core/http'
import { pageOf } from '#core/http/pagination'
import { serializePage } from '#core/http/api_serializer'
import NotificationTransformer from '#notifications/transformers/notification_transformer'
import { listNotificationsValidator } from '#notifications/validators/notification_validators'
import { notificationsOf, unreadCountOf } from '#notifications/queries/notification_list'
import { markAllRead, markRead } from '#notifications/actions/mark_read'

/**
 * The API's notification center: the user's own notifications only.
 */
export default class NotificationsController {
  async index({ request, auth, i18n }: HttpContext) {
    const qs = request.qs()
    const { page, perPage } = pageOf(
      await request.validateUsing(listNotificationsValidator, { data: qs })
    )
    const notifications = await notificationsOf(auth.user!.id, qs, i18n).paginate(page, perPage)
    return serializePage(
      NotificationTransformer.paginate(notifications.all(), notifications.getMeta(), i18n)
    )
  }

  async unreadCount({ auth }: HttpContext) {
    return { data: { count: await unreadCountOf(auth.user!.id) } }
  }

  async read({ auth, params, response }: HttpContext) {
    await markRead(auth.user!, params.id)
    return response.noContent()
  }

  async readAll({ auth, response }: HttpContext) {
    await markAllRead(auth.user!)
    return response.noContent()
  }
}
