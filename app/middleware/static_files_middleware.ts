import app from '@adonisjs/core/services/app'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import StaticMiddleware from '@adonisjs/static/static_middleware'
import { isJsonApiPath } from '#middleware/api_path'

/**
 * The files of ./public (config/static.ts), looked up for every request
 * but the JSON API's.
 */
export default class StaticFilesMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if (isJsonApiPath(ctx)) return next()
    const files = await app.container.make(StaticMiddleware)
    return files.handle(ctx, next)
  }
}
