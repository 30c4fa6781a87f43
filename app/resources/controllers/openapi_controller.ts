import type { HttpContext } from '@adonisjs/core/http'
import type User from '#identity/models/user'
import { openApiDocumentFor } from '#resources/openapi/document_for'

/**
 * `GET /api/v1/openapi.json`: public. A valid bearer token (app or
 * personal) of an active user adds that organization's custom fields; an
 * absent or invalid one is not an error, just the public document.
 */
export default class OpenApiController {
  async show(ctx: HttpContext) {
    const authenticated = await ctx.auth.checkUsing(['api', 'pat'])
    const user = authenticated ? (ctx.auth.user as User) : undefined
    const member = user?.isActive ? user : undefined

    ctx.response.header('Vary', 'Authorization, Accept-Language')
    ctx.response.header('Cache-Control', member ? 'private, no-store' : 'public, max-age=300')
    return openApiDocumentFor(ctx.i18n, member)
  }
}
