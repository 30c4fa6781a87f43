import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { shareWithViews } from '#middleware/api_path'
// HttpContext's `auth` property is declared there
import type {} from '@adonisjs/auth/initialize_auth_middleware'

/**
 * `ctx.auth` for every request, as @adonisjs/auth's own middleware gives
 * it, shared with Edge templates outside the JSON API only.
 */
export default class InitializeAuthMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const manager = await ctx.containerResolver.make('auth.manager')
    ctx.auth = manager.createAuthenticator(ctx)
    shareWithViews(ctx, { auth: ctx.auth })
    return next()
  }
}
