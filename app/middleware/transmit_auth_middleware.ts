import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type User from '#identity/models/user'
import { streamOwners } from '#notifications/realtime/stream_owners'

/**
 * Server-sent events for signed-in users only: the admin panel through its
 * session, apps and integrations with their bearer token. The event stream
 * is bound to the user who opened it (see stream_owners). Refusals are a
 * plain 401, never a redirect to the login page.
 */
export default class TransmitAuthMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const user = await this.authenticate(ctx)
    if (!user) {
      return ctx.response.unauthorized({
        errors: [
          { message: ctx.i18n.t('errors.E_UNAUTHORIZED_ACCESS'), code: 'E_UNAUTHORIZED_ACCESS' },
        ],
      })
    }
    const uid = ctx.request.input('uid')
    if (ctx.request.method() === 'GET' && typeof uid === 'string') {
      if (!streamOwners.claim(uid, user.id)) return ctx.response.conflict()
      ctx.response.response.on('close', () => streamOwners.release(uid, user.id))
    }
    return next()
  }

  protected async authenticate(ctx: HttpContext) {
    const bearer = /^bearer\s/i.test(ctx.request.header('authorization') ?? '')
    try {
      const user = (await ctx.auth.authenticateUsing(bearer ? ['api', 'pat'] : ['web'])) as User
      return user.isActive ? user : null
    } catch {
      return null
    }
  }
}
