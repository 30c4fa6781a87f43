import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * Resolves the signed-in user when there is one. A user disabled since they
 * signed in is signed out on their next request.
 */
export default class SilentAuthMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const web = ctx.auth.use('web')
    if ((await web.check()) && !web.user!.isActive) {
      await web.logout()
    }
    return next()
  }
}
