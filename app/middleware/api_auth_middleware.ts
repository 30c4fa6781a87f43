import i18nManager from '@adonisjs/i18n/services/main'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type User from '#identity/models/user'
import { AccountDisabledException } from '#identity/errors'

/**
 * Bearer-token authentication for the JSON API (app tokens and personal
 * access tokens). A disabled user's tokens
 * stop working on the very next request. Messages follow Accept-Language,
 * else the user's saved language.
 */
export default class ApiAuthMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const user = (await ctx.auth.authenticateUsing(['api', 'pat'])) as User
    if (!user.isActive) throw new AccountDisabledException()
    ctx.response.header('Cache-Control', 'no-store')
    if (!ctx.request.header('accept-language') && user.locale) {
      ctx.i18n = i18nManager.locale(user.locale)
    }
    return next()
  }
}
