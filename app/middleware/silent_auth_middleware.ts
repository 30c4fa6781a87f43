import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type User from '#identity/models/user'

/**
 * Resolves the signed-in user when there is one. A user disabled since they
 * signed in is signed out on their next request.
 */
export default class SilentAuthMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if ((await ctx.auth.check()) && !(ctx.auth.user as User).isActive) {
      await ctx.auth.use('web').logout()
    }
    return next()
  }
}
