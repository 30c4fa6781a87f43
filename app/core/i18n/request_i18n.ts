import i18nManager from '@adonisjs/i18n/services/main'
import type { HttpContext } from '@adonisjs/core/http'
import { LOCALE_COOKIE } from '#middleware/detect_user_locale_middleware'

/**
 * The request's language before the user is known (an unmatched route, a
 * refusal by an early middleware): the ctx's own once the locale
 * middleware has run, else the visitor's choice or the browser's language.
 */
export function requestI18n(ctx: HttpContext) {
  if (ctx.i18n) return ctx.i18n
  const chosen = ctx.request.plainCookie(LOCALE_COOKIE)
  const locale =
    i18nManager.getSupportedLocaleFor([chosen, ...ctx.request.languages()].filter(Boolean)) ??
    i18nManager.defaultLocale
  return i18nManager.locale(locale)
}
