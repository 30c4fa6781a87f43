import { existsSync } from 'node:fs'
import { basename, extname } from 'node:path'
import type { HttpContext } from '@adonisjs/core/http'
import { routeKeyOf } from '#resources/define_resource'
import db from '@adonisjs/lucid/services/db'
import ResourcePolicy from '#resources/policies/resource_policy'
import { resourceContextOf } from '#resources/engine/resource_binding'
import { isApiRequest } from '#core/errors/api_error_response'
import { importChoicesValidator } from '#resources/imports/validators/import_validator'
import { uploadImport } from '#resources/imports/upload_import'
import { dryRunImport } from '#resources/imports/dry_run_import'
import { layoutFor } from '#resources/imports/import_scan'
import { startImport } from '#resources/imports/import_tasks'
import { undoImport } from '#resources/imports/undo_import'
import { assertImportStatus } from '#resources/imports/import_errors'
import { reportPathOf } from '#resources/imports/import_settings'
import { importTargets, serializeImport } from '#resources/imports/import_serializer'
import Import from '#resources/imports/models/import'

const COMMITTABLE = ['uploaded', 'validated', 'failed'] as const

/**
 * Where the links of an import point: the API's routes or the admin's.
 */
function routePrefix(ctx: HttpContext) {
  const resource = routeKeyOf(ctx.resource)
  return isApiRequest(ctx) ? `api.v1.${resource}` : `admin.${resource}`
}

/**
 * An import of this resource the user uploaded, like an export its own:
 * another user's (whose rows and undo reach records this user may not) or
 * another organization's is not found.
 */
function findImport(ctx: HttpContext) {
  return Import.query()
    .where('resource', ctx.resource.name)
    .where('id', ctx.params.id)
    .where('user_id', ctx.auth.user!.id)
    .firstOrFail()
}

/**
 * Import of a resource from CSV/XLSX: upload, dry run, commit (in the
 * background), progress, rejected rows, undo. The API and the admin wizard
 * share it; both answer JSON.
 */
export default class ImportsController {
  async store(ctx: HttpContext) {
    await ctx.bouncer.with(ResourcePolicy).authorize('import', ctx.resource)
    const context = await resourceContextOf(ctx)
    const { file, headers, sample } = await uploadImport(ctx, context)
    const data = serializeImport(file, routePrefix(ctx))
    ctx.response.status(201)
    return {
      data: { ...data, headers, sample, suggestedMapping: file.mapping, ...importTargets(context) },
    }
  }

  async show(ctx: HttpContext) {
    await ctx.bouncer.with(ResourcePolicy).authorize('import', ctx.resource)
    return { data: serializeImport(await findImport(ctx), routePrefix(ctx)) }
  }

  async dryRun(ctx: HttpContext) {
    await ctx.bouncer.with(ResourcePolicy).authorize('import', ctx.resource)
    const context = await resourceContextOf(ctx)
    const file = await findImport(ctx)
    const choices = await ctx.request.validateUsing(importChoicesValidator)
    await dryRunImport(context, file, choices)
    return { data: serializeImport(file, routePrefix(ctx)) }
  }

  async commit(ctx: HttpContext) {
    await ctx.bouncer.with(ResourcePolicy).authorize('import', ctx.resource)
    const context = await resourceContextOf(ctx)
    const file = await findImport(ctx)
    const choices = await ctx.request.validateUsing(importChoicesValidator)
    assertImportStatus(ctx.i18n, file, [...COMMITTABLE])
    await layoutFor(context, file, choices)
    const queued = await db.transaction(async (trx) => {
      const locked = await Import.query({ client: trx })
        .where('id', file.id)
        .forUpdate()
        .firstOrFail()
      assertImportStatus(ctx.i18n, locked, [...COMMITTABLE])
      locked.merge({
        status: 'running',
        mapping: choices.mapping,
        mode: choices.mode,
        matchKey: choices.mode === 'create' ? null : (choices.matchKey ?? null),
        processedRows: 0,
        failure: null,
        finishedAt: null,
      })
      return locked.save()
    })
    startImport(queued)
    ctx.response.status(202)
    return { data: serializeImport(queued, routePrefix(ctx)) }
  }

  async rejected(ctx: HttpContext) {
    await ctx.bouncer.with(ResourcePolicy).authorize('import', ctx.resource)
    const file = await findImport(ctx)
    const path = reportPathOf(file.absolutePath)
    if (file.status === 'running' || file.status === 'uploaded' || !existsSync(path)) {
      return ctx.response.notFound({
        errors: [{ message: ctx.i18n.t('imports.noReport'), code: 'E_ROW_NOT_FOUND' }],
      })
    }
    const name = `${basename(file.fileName, extname(file.fileName))}-rejected.csv`
    ctx.response.header('content-type', 'text/csv; charset=utf-8')
    ctx.response.attachment(path, name)
  }

  async undo(ctx: HttpContext) {
    await ctx.bouncer.with(ResourcePolicy).authorize('import', ctx.resource)
    const context = await resourceContextOf(ctx)
    const undone = await undoImport(context, await findImport(ctx))
    return { data: serializeImport(undone, routePrefix(ctx)) }
  }
}
