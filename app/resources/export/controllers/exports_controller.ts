import type { HttpContext } from '@adonisjs/core/http'
import { Exception } from '@adonisjs/core/exceptions'
import type User from '#identity/models/user'
import { MissingAbilityException } from '#identity/errors'
import ResourcePolicy from '#resources/policies/resource_policy'
import { findResource } from '#resources/registry'
import { isApiRequest } from '#core/errors/api_error_response'
import { exportFilename } from '#resources/export/export_records'
import { exportRequestOf } from '#resources/export/export_request'
import { CONTENT_TYPES } from '#resources/export/sheet_writers'
import { queueExport } from '#resources/export/queue_export'
import { serializeExport } from '#resources/export/export_serializer'
import { exportFileStream } from '#resources/export/export_storage'
import { ExportNotReadyException } from '#resources/export/export_errors'
import Export from '#resources/export/models/export'

/**
 * An export of the signed-in user, in their organization; anyone else's
 * is not found. Reaching it still takes what making it took: the resource's
 * `export` (and `restore` for the trash) and, for a token, the feature's
 * read ability.
 */
async function findOwnExport(ctx: HttpContext) {
  const user = ctx.auth.user as User
  const file = await Export.query()
    .where('user_id', user.id)
    .where('id', ctx.params.id)
    .firstOrFail()
  const resource = findResource(file.resource)!
  if (user.currentAccessToken && !user.currentAccessToken.allows(`${resource.feature}:read`)) {
    throw new MissingAbilityException()
  }
  const policy = ctx.bouncer.with(ResourcePolicy)
  await policy.authorize('export', resource)
  if (file.params.options.trash) await policy.authorize('restore', resource)
  return file
}

/**
 * Exports prepared in the background: the same view and options as the
 * streamed export (`POST <resource>/exports`), their status (API) and the
 * file, for the API and the admin panel.
 */
export default class ExportsController {
  async store(ctx: HttpContext) {
    const { context, qs, options } = await exportRequestOf(ctx)
    const file = await queueExport(context, qs, options)
    if (!isApiRequest(ctx)) {
      ctx.session.flash('success', ctx.i18n.t('export.queued'))
      return ctx.response.redirect().withQs().back()
    }
    ctx.response.status(202)
    return { data: serializeExport(file) }
  }

  async show(ctx: HttpContext) {
    return { data: serializeExport(await findOwnExport(ctx)) }
  }

  async download(ctx: HttpContext) {
    // An Inertia visit (the notification's link) becomes a plain one: a file is no page.
    if (!isApiRequest(ctx) && ctx.request.header('x-inertia')) {
      return ctx.inertia.location(ctx.request.url(true))
    }
    const file = await findOwnExport(ctx)
    if (file.status !== 'completed' || !file.fileKey) {
      throw new ExportNotReadyException(ctx.i18n.t('export.notReady'))
    }
    const stream = await exportFileStream(file.fileKey)
    if (!stream) throw new Exception('File not found', { status: 404, code: 'E_ROW_NOT_FOUND' })
    const user = ctx.auth.user as User
    const filename = exportFilename(file.resource, file.format, user.timezone, file.createdAt)
    ctx.response.header('Content-Type', CONTENT_TYPES[file.format])
    ctx.response.header('Content-Disposition', `attachment; filename="${filename}"`)
    ctx.response.header('Cache-Control', 'no-store')
    ctx.response.header('X-Content-Type-Options', 'nosniff')
    ctx.response.stream(stream)
  }
}
