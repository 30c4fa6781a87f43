import { createHash } from 'node:crypto'
import limiter from '@adonisjs/limiter/services/main'
import { errors } from '@adonisjs/limiter'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import identityConfig from '#config/identity'
import { recordSecurityEvent } from '#core/audit/audit'

/**
 * Requests per minute per bearer token (per IP without one), with the
 * X-RateLimit-* headers on every API response.
 */
export default class ApiRateLimitMiddleware {
  protected keyFor({ request }: HttpContext) {
    const authorization = request.header('authorization')
    if (!authorization) return `api:ip:${request.ip()}`
    return `api:token:${createHash('sha256').update(authorization).digest('hex')}`
  }

  async handle(ctx: HttpContext, next: NextFn) {
    const counter = limiter.use({ requests: identityConfig.apiRateLimit, duration: '1 min' })
    const state = await counter.consume(this.keyFor(ctx)).catch(async (error) => {
      if (error instanceof errors.E_TOO_MANY_REQUESTS) {
        await recordSecurityEvent({ event: 'rate_limited', user: null, details: { key: 'api' } })
      }
      throw error
    })
    ctx.response.header('X-RateLimit-Limit', state.limit)
    ctx.response.header('X-RateLimit-Remaining', state.remaining)
    return next()
  }
}
