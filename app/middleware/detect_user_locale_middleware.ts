import { I18n } from '@adonisjs/i18n'
import i18nManager from '@adonisjs/i18n/services/main'
import type { NextFn } from '@adonisjs/core/types/http'
import { type HttpContext, RequestValidator } from '@adonisjs/core/http'
import { isLocale, type Locale } from '#core/i18n/locales'
import type User from '#identity/models/user'
import { shareWithViews } from '#middleware/api_path'

export const LOCALE_COOKIE = 'nova_locale'

/**
 * Picks the request's language: the signed-in user's own setting, else the
 * browser's Accept-Language, else the organization's default. Guests who
 * used the language switch carry their choice in a cookie.
 */
export default class DetectUserLocaleMiddleware {
  static {
    RequestValidator.messagesProvider = (ctx) => ctx.i18n.createMessagesProvider()
  }

  protected async resolveLocale(ctx: HttpContext): Promise<Locale> {
    const user = ctx.auth.user as User | undefined
    if (user && isLocale(user.locale)) return user.locale

    const chosen = ctx.request.plainCookie(LOCALE_COOKIE)
    if (!user && isLocale(chosen)) return chosen

    if (ctx.request.header('accept-language')) {
      const fromBrowser = i18nManager.getSupportedLocaleFor(ctx.request.languages())
      if (isLocale(fromBrowser)) return fromBrowser
    }

    if (user) {
      const organization = await user.loadOrganization()
      return organization.defaultLocale
    }
    return i18nManager.defaultLocale as Locale
  }

  async handle(ctx: HttpContext, next: NextFn) {
    const locale = await this.resolveLocale(ctx)
    ctx.i18n = i18nManager.locale(locale)
    ctx.containerResolver.bindValue(I18n, ctx.i18n)
    shareWithViews(ctx, { i18n: ctx.i18n })
    return next()
  }
}

declare module '@adonisjs/core/http' {
  export interface HttpContext {
    i18n: I18n
  }
}
