import drive from '@adonisjs/drive/services/main'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import type { Readable } from 'node:stream'
import type { ExportFormat } from '#resources/export/sheet_writers'

/**
 * Where a background export's file lives on the drive. One key per export,
 * so a retried job overwrites what an earlier attempt left.
 */
export function exportFileKey(file: { id: number; organizationId: number; format: ExportFormat }) {
  return `exports/${file.organizationId}/${file.id}.${file.format}`
}

/**
 * Writes the stream to the key. If the drive gives up first, the stream is
 * stopped too, so the rows stop being read.
 */
export async function storeExportFile(key: string, contents: Readable) {
  try {
    await drive.use().putStream(key, contents)
  } catch (error) {
    contents.destroy(error as Error)
    throw error
  }
}

export async function exportFileStream(key: string) {
  const disk = drive.use()
  return (await disk.exists(key)) ? disk.getStream(key) : null
}

/** Removing a file that is not there is not an error. */
export function removeExportFile(key: string) {
  return drive.use().delete(key)
}

/** How long a background export's file stays downloadable. */
export const EXPORT_RETENTION_DAYS = 7

/**
 * Removes the exports (every organization's) made more than
 * EXPORT_RETENTION_DAYS ago: their files first, then their rows, so an
 * interrupted sweep leaves rows for the next one. Returns how many went.
 */
export async function removeOldExports() {
  const old = await db
    .from('exports')
    .where('created_at', '<', DateTime.utc().minus({ days: EXPORT_RETENTION_DAYS }).toSQL())
    .select('id', 'file_key')
  for (const row of old) if (row.file_key) await removeExportFile(row.file_key)
  if (old.length === 0) return 0
  await db
    .from('exports')
    .whereIn(
      'id',
      old.map((row) => row.id)
    )
    .delete()
  return old.length
}
