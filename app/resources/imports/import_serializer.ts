import { urlFor } from '@adonisjs/core/services/url_builder'
import type { ResourceContext } from '#resources/engine/resource_context'
import { fieldLabel } from '#resources/engine/resource_fields'
import { importableFields } from '#resources/imports/header_matching'
import { matchableFields } from '#resources/imports/duplicate_matching'
import { importSettings } from '#resources/imports/import_settings'
import type Import from '#resources/imports/models/import'

const ACTIONS = ['show', 'dry_run', 'commit', 'rejected', 'undo'] as const

/**
 * A named route's URL; the import routes are named per resource, so their
 * names are built at runtime.
 */
export function routeUrl(name: string, params: Record<string, unknown> = {}): string {
  return (urlFor as unknown as (route: string, routeParams: Record<string, unknown>) => string)(
    name,
    params
  )
}

export function importsUrl(routePrefix: string) {
  return routeUrl(`${routePrefix}.imports.store`)
}

/**
 * An import as the API and the wizard show it: status, progress, counts,
 * the first row errors, and where to go next (`links`, on the API or the
 * admin panel depending on who asked).
 */
export function serializeImport(file: Import, routePrefix: string) {
  const links = Object.fromEntries(
    ACTIONS.map((action) => [action, routeUrl(`${routePrefix}.imports.${action}`, { id: file.id })])
  ) as Record<(typeof ACTIONS)[number], string>
  return {
    id: file.id,
    resource: file.resource,
    status: file.status,
    fileName: file.fileName,
    mapping: file.mapping,
    matchKey: file.matchKey,
    mode: file.mode,
    totalRows: file.totalRows,
    processedRows: file.processedRows,
    progress: file.totalRows
      ? Math.min(100, Math.floor((file.processedRows * 100) / file.totalRows))
      : 0,
    counts: {
      created: file.createdCount,
      updated: file.updatedCount,
      skipped: file.skippedCount,
      rejected: file.errorCount,
    },
    errors: file.errors,
    errorsTruncated: file.errors.length >= importSettings().keptErrors,
    failure: file.failure,
    createdAt: file.createdAt.toUTC().toISO(),
    finishedAt: file.finishedAt?.toUTC().toISO() ?? null,
    undoneAt: file.undoneAt?.toUTC().toISO() ?? null,
    links: {
      self: links.show,
      dryRun: links.dry_run,
      commit: links.commit,
      rejected: links.rejected,
      undo: links.undo,
    },
  }
}

export type SerializedImport = ReturnType<typeof serializeImport>

/**
 * The fields a column can be mapped to and the fields duplicates can be
 * matched on, labelled in the user's language.
 */
export function importTargets(context: ResourceContext) {
  const label = (field: Parameters<typeof fieldLabel>[2]) =>
    fieldLabel(context.i18n, context.resource, field)
  return {
    fields: importableFields(context.fields).map((field) => ({
      key: field.key,
      label: label(field),
      type: field.type,
      required: field.required === true,
    })),
    matchKeys: matchableFields(context).map((field) => ({ key: field.key, label: label(field) })),
  }
}
