import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type { ResourceDefinition } from '#resources/define_resource'
import { ResourceContext } from '#resources/engine/resource_context'

declare module '@adonisjs/core/http' {
  interface HttpContext {
    resource: ResourceDefinition
  }
}

/**
 * Route middleware that tells the engine's controllers which resource a
 * route serves.
 */
export function bindResource(resource: ResourceDefinition) {
  return (ctx: HttpContext, next: NextFn) => {
    ctx.resource = resource
    return next()
  }
}

export function resourceContextOf(ctx: HttpContext) {
  return ResourceContext.for(ctx.resource, ctx.auth.user!, ctx.i18n)
}

/**
 * The version `If-Match` expects, from an ETag (`"3"`, `W/"3"`); undefined
 * when the header is absent or `*`, NaN when it is garbage (never matches).
 */
export function expectedVersion(ctx: HttpContext) {
  const header = ctx.request.header('if-match')
  if (!header || header.trim() === '*') return undefined
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim())
  return match ? Number(match[1]) : Number.NaN
}

export function setEtag(ctx: HttpContext, version: number) {
  ctx.response.header('ETag', `"${version}"`)
}
