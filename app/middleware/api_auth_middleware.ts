import i18nManager from '@adonisjs/i18n/services/main'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type User from '#identity/models/user'
import { AccountDisabledException } from '#identity/errors'

/**
 * The guard a bearer token belongs to, by its prefix: personal access
 * tokens (`npt_`) to `pat`, anything else to `api` (app tokens, `nat_`),
 * which rejects what is not its own. Each guard only ever accepts its own
 * prefix, so asking the other one too could never succeed.
 */
function guardOf(authorization: string | undefined) {
  const token = authorization?.replace(/^\s*bearer\s+/i, '')
  return token?.startsWith('npt_') ? 'pat' : 'api'
}

/**
 * Bearer-token authentication for the JSON API (app tokens and personal
 * access tokens). A disabled user's tokens
 * stop working on the very next request. Messages follow Accept-Language,
 * else the user's saved language.
 */
export default class ApiAuthMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const guard = guardOf(ctx.request.header('authorization'))
    const user = (await ctx.auth.authenticateUsing([guard])) as User
    if (!user.isActive) throw new AccountDisabledException()
    ctx.response.header('Cache-Control', 'no-store')
    if (!ctx.request.header('accept-language') && user.locale) {
      ctx.i18n = i18nManager.locale(user.locale)
    }
    return next()
  }
}
