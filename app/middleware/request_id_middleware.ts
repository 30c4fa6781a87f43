import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * Echoes the request id (generated, or taken from an incoming X-Request-Id)
 * on every response; ctx.logger already stamps it on every log line.
 */
export default class RequestIdMiddleware {
  handle({ request, response }: HttpContext, next: NextFn) {
    const requestId = request.id()
    if (requestId) response.header('X-Request-Id', requestId)
    return next()
  }
}
