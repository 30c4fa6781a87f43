import type { HttpContext } from '@adonisjs/core/http'

/**
 * The JSON API (`/api/v1/…`): no static file, Vite asset or Inertia page
 * lives under it, so the browser's server middleware skip it.
 */
export function isJsonApiPath(ctx: HttpContext) {
  return ctx.request.url().startsWith('/api/v1/')
}

/**
 * Shares values with Edge templates, except on the JSON API: it renders
 * none, and creating a renderer rescans the components directory.
 */
export function shareWithViews(ctx: HttpContext, values: Record<string, unknown>) {
  if ('view' in ctx && !isJsonApiPath(ctx)) ctx.view.share(values)
}
