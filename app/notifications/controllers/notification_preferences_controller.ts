import type { HttpContext } from '@adonisjs/core/http'
import type User from '#identity/models/user'
import { preferencesOf, savePreferences } from '#notifications/preferences'
import { notificationPreferencesValidator } from '#notifications/validators/notification_validators'

/**
 * Which notifications a user wants in the app and by e-mail, per type, and
 * whether they get the daily digest: a page of the admin panel and the
 * API's `/me/notification-preferences`.
 */
export default class NotificationPreferencesController {
  async show({ inertia, auth }: HttpContext) {
    const user = auth.user as User
    return inertia.render('notifications/preferences', {
      preferences: await preferencesOf(user.id),
      dailyDigest: user.dailyDigest,
    })
  }

  async update({ request, auth, session, i18n, response }: HttpContext) {
    await this.#save(auth.user as User, request)
    session.flash('success', i18n.t('notifications.flash.preferencesSaved'))
    return response.redirect().back()
  }

  async showApi({ auth }: HttpContext) {
    const user = auth.user as User
    return { data: await preferencesOf(user.id), dailyDigest: user.dailyDigest }
  }

  async updateApi({ request, auth }: HttpContext) {
    const user = auth.user as User
    await this.#save(user, request)
    return { data: await preferencesOf(user.id), dailyDigest: user.dailyDigest }
  }

  async #save(user: User, request: HttpContext['request']) {
    const { preferences, dailyDigest } = await request.validateUsing(
      notificationPreferencesValidator
    )
    await savePreferences(user, preferences)
    if (dailyDigest !== undefined && dailyDigest !== user.dailyDigest) {
      user.dailyDigest = dailyDigest
      await user.save()
    }
  }
}
