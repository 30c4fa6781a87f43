import type { HttpContext } from '@adonisjs/core/http'
import { pageOf, pageMeta } from '#core/http/pagination'
import { apiSerializer } from '#core/http/api_serializer'
import NotificationTransformer from '#notifications/transformers/notification_transformer'
import { listNotificationsValidator } from '#notifications/validators/notification_validators'
import { notificationsOf, unreadCountOf } from '#notifications/queries/notification_list'
import { markAllRead, markRead } from '#notifications/actions/mark_read'
import { NOTIFICATION_TYPE_NAMES } from '#notifications/notification_types'

const LATEST = 8

/**
 * The admin panel's notification center: the page, the bell's latest few,
 * opening one (read, then its record), and marking read.
 */
export default class NotificationPagesController {
  async index({ request, auth, i18n, inertia }: HttpContext) {
    const qs = request.qs()
    const { page, perPage } = pageOf(
      await request.validateUsing(listNotificationsValidator, { data: qs })
    )
    const filter = (qs.filter ?? {}) as Record<string, unknown>
    const notifications = await notificationsOf(auth.user!.id, qs, i18n).paginate(page, perPage)
    return inertia.render('notifications/index', {
      notifications: NotificationTransformer.transform(notifications.all(), i18n),
      meta: pageMeta(notifications),
      filters: {
        read: typeof filter.read === 'string' ? filter.read : null,
        type: typeof filter.type === 'string' ? filter.type : null,
      },
      types: NOTIFICATION_TYPE_NAMES,
    })
  }

  async latest({ auth, i18n, session }: HttpContext) {
    // Background fetches must not use up a message flashed for the page.
    session.reflash()
    const notifications = await notificationsOf(auth.user!.id, {}, i18n).limit(LATEST)
    const { data } = await apiSerializer.serialize(
      NotificationTransformer.transform(notifications, i18n)
    )
    return { data, meta: { unreadCount: await unreadCountOf(auth.user!.id) } }
  }

  /**
   * The bell's fallback where server-sent events cannot reach the browser.
   */
  async unreadCount({ auth, session }: HttpContext) {
    session.reflash()
    return { data: { count: await unreadCountOf(auth.user!.id) } }
  }

  /**
   * Marks it read and goes where it points (only ever a path of this app).
   */
  async open({ auth, params, response }: HttpContext) {
    const notification = await markRead(auth.user!, params.id)
    const url = notification.url?.startsWith('/') && !notification.url.startsWith('//')
    return response.redirect().toPath(url ? notification.url! : '/notifications')
  }

  async read({ auth, params, response }: HttpContext) {
    await markRead(auth.user!, params.id)
    return response.redirect().back()
  }

  async readAll({ auth, session, i18n, response }: HttpContext) {
    await markAllRead(auth.user!)
    session.flash('success', i18n.t('notifications.flash.allRead'))
    return response.redirect().back()
  }
}
