import type { HttpContext } from '@adonisjs/core/http'
import { preferencesOf, savePreferences } from '#notifications/preferences'
import { notificationPreferencesValidator } from '#notifications/validators/notification_validators'

/**
 * Which notifications a user wants in the app and by e-mail, per type: a
 * page of the admin panel and the API's `/me/notification-preferences`.
 */
export default class NotificationPreferencesController {
  async show({ inertia, auth }: HttpContext) {
    return inertia.render('notifications/preferences', {
      preferences: await preferencesOf(auth.user!.id),
    })
  }

  async update({ request, auth, session, i18n, response }: HttpContext) {
    const { preferences } = await request.validateUsing(notificationPreferencesValidator)
    await savePreferences(auth.user!, preferences)
    session.flash('success', i18n.t('notifications.flash.preferencesSaved'))
    return response.redirect().back()
  }

  async showApi({ auth }: HttpContext) {
    return { data: await preferencesOf(auth.user!.id) }
  }

  async updateApi({ request, auth }: HttpContext) {
    const { preferences } = await request.validateUsing(notificationPreferencesValidator)
    await savePreferences(auth.user!, preferences)
    return { data: await preferencesOf(auth.user!.id) }
  }
}
