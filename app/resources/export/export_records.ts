import vine from '@vinejs/vine'
import { PassThrough } from 'node:stream'
import { DateTime } from 'luxon'
import { recordAudit } from '#core/audit/audit'
import { filteredQuery } from '#resources/engine/list_records'
import { loadRelationTitles } from '#resources/engine/relation_titles'
import type { ResourceContext, Query } from '#resources/engine/resource_context'
import { cellReader, exportColumns, type ExportColumn } from '#resources/export/export_cells'
import { recordBatches } from '#resources/export/record_batches'
import {
  CONTENT_TYPES,
  EXPORT_FORMATS,
  csvWriter,
  xlsxWriter,
  type ExportFormat,
  type SheetWriter,
} from '#resources/export/sheet_writers'
import { neutralizeFormula } from '#resources/export/formula_guard'

/**
 * The export's own parameters; the view's `filter`, `q` and `sort` are the
 * list's and are checked by the list query.
 */
export const exportRecordsValidator = vine.create({
  format: vine.enum(EXPORT_FORMATS).optional(),
  columns: vine.string().trim().maxLength(2000).optional(),
  trash: vine.boolean().optional(),
})

/**
 * The query string as the validator reads it: `columns=a,b` arrives split
 * into a list (the parser's comma option), the validator takes it whole.
 */
export function exportParams(qs: Record<string, any>) {
  return { ...qs, columns: qs.columns === undefined ? undefined : String(qs.columns) }
}

export type ExportOptions = { format?: ExportFormat; columns?: string; trash?: boolean }

/**
 * `<resource>-<date>.<format>`, the date as the user's calendar shows it
 * (the day the export was made; today by default).
 */
export function exportFilename(
  resource: string,
  format: ExportFormat,
  timezone: string | null | undefined,
  at: DateTime = DateTime.now()
) {
  const day = at.setZone(timezone ?? 'UTC').toISODate() ?? at.toUTC().toISODate()
  return `${resource}-${day}.${format}`
}

export type ExportFile = {
  filename: string
  contentType: string
  stream: PassThrough
  /** settles once the last row is written (or the download is abandoned) */
  done: Promise<number>
}

/**
 * Streams the records of the user's current view (filters, search, sort)
 * as CSV or XLSX. Columns and the query are checked before the first byte,
 * so a bad request is a plain 422; the rows then flow batch by batch and
 * wait for the client whenever it reads slower than the database.
 */
export function exportRecords(
  context: ResourceContext,
  qs: Record<string, any>,
  options: ExportOptions
): ExportFile {
  const format = options.format ?? 'csv'
  const columns = exportColumns(context, options.columns)
  const query = filteredQuery(context, qs, { trash: options.trash })
  const stream = new PassThrough()
  const writer =
    format === 'csv'
      ? csvWriter(stream)
      : xlsxWriter(
          stream,
          context.i18n.t(`resources.${context.resource.name}.plural`),
          context.i18n.locale === 'ar'
        )
  const view = { filter: qs.filter ?? null, q: qs.q ?? null, sort: qs.sort ?? null }
  const audit = (rows: number, completed: boolean) =>
    recordAudit({
      action: `${context.resource.name}.exported`,
      actor: context.user,
      changes: {
        after: { format, ...view, columns: columns.map(({ field }) => field.key), rows, completed },
      },
    })
  return {
    filename: exportFilename(context.resource.name, format, context.user.timezone),
    contentType: CONTENT_TYPES[format],
    stream,
    done: writeRows(context, query, columns, writer, stream, audit),
  }
}

async function writeRows(
  context: ResourceContext,
  query: Query,
  columns: ExportColumn[],
  writer: SheetWriter,
  stream: PassThrough,
  audit: (rows: number, completed: boolean) => Promise<void>
) {
  let rows = 0
  try {
    writer.header(columns.map(({ label }) => neutralizeFormula(label)))
    const fields = columns.map(({ field }) => field)
    const cell = cellReader(context)
    for await (const batch of recordBatches(context, query)) {
      if (stream.destroyed) break
      const titles = await loadRelationTitles(batch, fields, context.i18n.locale, context.user)
      for (const row of batch) writer.row(fields.map((field) => cell(field, row, titles)))
      rows += batch.length
      await readerCaughtUp(stream)
    }
    const completed = !stream.destroyed
    await audit(rows, completed)
    if (completed) await writer.end()
  } catch (error) {
    stream.destroy(error as Error)
    await audit(rows, false).catch(() => {})
  }
  return rows
}

/**
 * Backpressure: the next batch is read from the database only once the
 * client has taken most of the previous one.
 */
function readerCaughtUp(stream: PassThrough) {
  if (!stream.writableNeedDrain || stream.destroyed) return Promise.resolve()
  return new Promise<void>((resolve) => {
    const settle = () => {
      stream.off('drain', settle)
      stream.off('close', settle)
      resolve()
    }
    stream.on('drain', settle)
    stream.on('close', settle)
  })
}
