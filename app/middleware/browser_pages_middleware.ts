import app from '@adonisjs/core/services/app'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import ViteMiddleware from '@adonisjs/vite/vite_middleware'
import InertiaMiddleware from '#middleware/inertia_middleware'
import { isJsonApiPath } from '#middleware/api_path'

/**
 * Vite's dev server, then Inertia, for every request but the JSON API's
 * (which answers JSON only, errors included). Neither is even created for
 * an API request.
 */
export default class BrowserPagesMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if (isJsonApiPath(ctx)) return next()
    const vite = await app.container.make(ViteMiddleware)
    const inertia = await app.container.make(InertiaMiddleware)
    return vite.handle(ctx, () => inertia.handle(ctx, next))
  }
}
