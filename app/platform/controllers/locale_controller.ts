import type { HttpContext } from '@adonisjs/core/http'
import { updateLocaleValidator } from '#platform/validators/locale_validator'
import { LOCALE_COOKIE } from '#middleware/detect_user_locale_middleware'
import type User from '#identity/models/user'

export default class LocaleController {
  /**
   * The language switch: saved on the user when signed in, remembered in a
   * cookie for the login page either way.
   */
  async update({ request, response, auth }: HttpContext) {
    const { locale } = await request.validateUsing(updateLocaleValidator)
    const user = auth.user as User | undefined
    if (user) {
      user.locale = locale
      await user.save()
    }
    response.plainCookie(LOCALE_COOKIE, locale, { maxAge: '1y' })
    return response.redirect().back()
  }
}
