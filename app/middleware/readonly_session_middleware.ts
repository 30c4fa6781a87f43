import { configProvider } from '@adonisjs/core'
import app from '@adonisjs/core/services/app'
import emitter from '@adonisjs/core/services/emitter'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { Session } from '@adonisjs/session'
import type { ResolvedSessionConfig } from '@adonisjs/session/types'

let resolvedConfig: Promise<ResolvedSessionConfig | null> | undefined

function sessionConfig() {
  resolvedConfig ??= configProvider.resolve<ResolvedSessionConfig>(app, app.config.get('session'))
  return resolvedConfig
}

/**
 * The session, read but never written back, for requests that run beside
 * page loads: the event stream and its subscriptions. Written back, such a
 * request would race the page's own: one that read the session just before
 * a form's POST flashed a message (a validation error, the two-factor
 * secret, the recovery codes) would store it again without that message.
 */
export default class ReadonlySessionMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const config = await sessionConfig()
    if (!config?.enabled) return next()
    ctx.session = new Session(config, config.stores[config.store], emitter, ctx)
    await ctx.session.initiate(true)
    return next()
  }
}
