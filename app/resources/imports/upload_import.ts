import { randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { copyFile, mkdir, rm } from 'node:fs/promises'
import { dirname, extname, join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import app from '@adonisjs/core/services/app'
import type { HttpContext } from '@adonisjs/core/http'
import type { ResourceContext } from '#resources/engine/resource_context'
import { inspectFile } from '#resources/imports/import_file'
import { importSettings } from '#resources/imports/import_settings'
import { fileError, formatBytes } from '#resources/imports/import_errors'
import { suggestMapping } from '#resources/imports/header_matching'
import { matchableFields } from '#resources/imports/duplicate_matching'
import { detectFormat, UnreadableSheetError } from '#resources/imports/sheet_reader'
import Import from '#resources/imports/models/import'

const EXTENSIONS: Record<string, 'csv' | 'xlsx'> = { '.csv': 'csv', '.txt': 'csv', '.xlsx': 'xlsx' }

/**
 * An upload the body parser already took in (a route left out of
 * `processManually`): moved into place, still held to the import limit.
 */
async function takeParsedFile(ctx: HttpContext, path: string, maxBytes: number) {
  const file = ctx.request.file('file')
  if (!file?.tmpPath) throw fileError(ctx.i18n, 'required')
  if (file.size > maxBytes) throw fileError(ctx.i18n, 'tooLarge', { max: formatBytes(maxBytes) })
  await copyFile(file.tmpPath, path)
  await rm(file.tmpPath, { force: true })
  return file.clientName
}

/**
 * Streams the request's `file` part to the local disk, stopping at the size
 * limit. Upload routes are processed manually (see import_routes.ts), so
 * the app-wide body limit does not apply and nothing is buffered.
 */
async function receiveFile(ctx: HttpContext, path: string, maxBytes: number) {
  const multipart = ctx.request.multipart
  if (!multipart || ctx.request.bodyType !== 'multipart') throw fileError(ctx.i18n, 'required')
  if (multipart.state !== 'idle') return takeParsedFile(ctx, path, maxBytes)
  let clientName: string | undefined
  multipart.onFile('file', {}, async (part, reporter) => {
    part.pause()
    part.on('data', reporter)
    await pipeline(part, createWriteStream(path))
    clientName = part.file.clientName
    return { tmpPath: path }
  })
  try {
    await multipart.process({ limit: maxBytes })
  } catch (error) {
    if ((error as { code?: string }).code === 'E_REQUEST_ENTITY_TOO_LARGE') {
      throw fileError(ctx.i18n, 'tooLarge', { max: formatBytes(maxBytes) })
    }
    throw error
  }
  if (!clientName) throw fileError(ctx.i18n, 'required')
  return clientName
}

/**
 * Registers a file already in the imports directory: reads its headers, a
 * sample and its row count, checks the format and the row limit, and
 * suggests which field each column fills (and a match key). Anything wrong
 * with the file is a 422 on `file`.
 */
export async function createImport(
  context: ResourceContext,
  upload: { relativePath: string; fileName: string }
) {
  const { i18n } = context
  const settings = importSettings()
  const path = app.makePath(upload.relativePath)
  try {
    const expected = EXTENSIONS[extname(upload.fileName).toLowerCase()]
    if (!expected || expected !== (await detectFormat(path))) throw fileError(i18n, 'format')
    const inspection = await inspectFile(path, settings)
    if (inspection.headers.length === 0 || inspection.totalRows === 0) {
      throw fileError(i18n, 'empty')
    }
    if (inspection.totalRows > settings.maxRows) {
      throw fileError(i18n, 'tooManyRows', { max: settings.maxRows })
    }
    const mapping = suggestMapping(context.resource, context.fields, inspection.headers)
    const mapped = new Set(Object.values(mapping))
    const matchKey = matchableFields(context).find((field) => mapped.has(field.key))?.key ?? null
    const file = await Import.create({
      userId: context.user.id,
      resource: context.resource.name,
      status: 'uploaded',
      fileName: upload.fileName.slice(0, 255),
      filePath: upload.relativePath,
      mapping,
      mode: 'skip',
      matchKey,
      totalRows: inspection.totalRows,
      errors: [],
    })
    return { file, headers: inspection.headers, sample: inspection.sample }
  } catch (error) {
    await rm(path, { force: true })
    if (error instanceof UnreadableSheetError) {
      throw fileError(i18n, 'unreadable', { line: error.line ?? '?' })
    }
    throw error
  }
}

/**
 * Step 1 of an import: keeps the uploaded CSV/XLSX (50 MB and 1,000,000
 * rows at most) under tmp/imports and registers it.
 */
export async function uploadImport(ctx: HttpContext, context: ResourceContext) {
  const settings = importSettings()
  const relativePath = join(settings.directory, randomUUID())
  const path = app.makePath(relativePath)
  await mkdir(dirname(path), { recursive: true })
  let fileName: string
  try {
    fileName = await receiveFile(ctx, path, settings.maxBytes)
  } catch (error) {
    await rm(path, { force: true })
    throw error
  }
  return createImport(context, { relativePath, fileName })
}
