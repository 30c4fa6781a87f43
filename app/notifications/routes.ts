import { recordId } from '#core/http/record_id'
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const NotificationsController = () => import('#notifications/controllers/notifications_controller')
const NotificationPagesController = () =>
  import('#notifications/controllers/notification_pages_controller')
const NotificationPreferencesController = () =>
  import('#notifications/controllers/notification_preferences_controller')

/**
 * The notification center in the API (inside the authenticated /api/v1
 * group): reading needs no extra ability, changing needs `me:write`.
 */
export function registerNotificationApiRoutes() {
  router.get('/notifications', [NotificationsController, 'index']).as('api.v1.notifications.index')
  router
    .get('/notifications/unread-count', [NotificationsController, 'unreadCount'])
    .as('api.v1.notifications.unread_count')
  router
    .get('/me/notification-preferences', [NotificationPreferencesController, 'showApi'])
    .as('api.v1.me.notification_preferences.show')
  router
    .group(() => {
      router
        .post('/notifications/read-all', [NotificationsController, 'readAll'])
        .as('api.v1.notifications.read_all')
      router
        .post('/notifications/:id/read', [NotificationsController, 'read'])
        .where('id', recordId)
        .as('api.v1.notifications.read')
      router
        .put('/me/notification-preferences', [NotificationPreferencesController, 'updateApi'])
        .as('api.v1.me.notification_preferences.update')
    })
    .use(middleware.tokenAbility('me:write'))
}

/**
 * The notification center of the admin panel (inside its signed-in group).
 */
export function registerNotificationAdminRoutes() {
  router
    .group(() => {
      router.get('/', [NotificationPagesController, 'index']).as('admin.notifications.index')
      router
        .get('/latest', [NotificationPagesController, 'latest'])
        .as('admin.notifications.latest')
      router
        .get('/unread-count', [NotificationPagesController, 'unreadCount'])
        .as('admin.notifications.unread_count')
      router
        .post('/read-all', [NotificationPagesController, 'readAll'])
        .as('admin.notifications.read_all')
      router.post('/:id/read', [NotificationPagesController, 'read']).as('admin.notifications.read')
      router.post('/:id/open', [NotificationPagesController, 'open']).as('admin.notifications.open')
      router
        .get('/preferences', [NotificationPreferencesController, 'show'])
        .as('admin.notifications.preferences')
      router
        .put('/preferences', [NotificationPreferencesController, 'update'])
        .as('admin.notifications.preferences.update')
    })
    .prefix('/notifications')
    .where('id', recordId)
}
