import logger from '@adonisjs/core/services/logger'
import { errors } from '@vinejs/vine'
import { DateTime } from 'luxon'
import { tenantContext } from '#core/tenancy/tenant_context'
import { dispatchEvents } from '#core/events/domain_events'
import { userResourceContext } from '#resources/engine/user_resource_context'
import { exportRecords } from '#resources/export/export_records'
import { exportFileKey, removeExportFile, storeExportFile } from '#resources/export/export_storage'
import { ExportFailed, ExportReady, exportRef } from '#resources/export/export_events'
import Export from '#resources/export/models/export'

/**
 * Writes the export's file to the drive and marks it completed. A job calls
 * it with the export id alone and it runs under the export's organization;
 * an export that already ended is left alone. A view that no longer
 * validates (a custom field was removed since) fails at once: retrying
 * cannot help. Anything else throws, for the job to retry.
 */
export async function runExport(exportId: number, signal?: AbortSignal) {
  const file = await Export.find(exportId)
  if (!file || file.status === 'completed' || file.status === 'failed') return
  await tenantContext.run(file.organizationId, async () => {
    file.status = 'running'
    await file.save()
    try {
      await writeExport(file, signal)
    } catch (error) {
      if (!(error instanceof errors.E_VALIDATION_ERROR)) throw error
      await failExport(file, error.messages.map((m: { message: string }) => m.message).join(' '))
    }
  })
}

async function writeExport(file: Export, signal?: AbortSignal) {
  const context = await userResourceContext(file.userId, file.resource)
  const output = exportRecords(context, file.params.qs, { ...file.params.options })
  const stop = () => output.stream.destroy(new Error('The export ran out of time'))
  signal?.addEventListener('abort', stop, { once: true })
  const key = exportFileKey(file)
  try {
    const [rowCount] = await Promise.all([output.done, storeExportFile(key, output.stream)])
    file.merge({
      status: 'completed',
      rowCount,
      fileKey: key,
      error: null,
      finishedAt: DateTime.utc(),
    })
    await file.save()
    await dispatchEvents(new ExportReady(exportRef(file), rowCount))
  } finally {
    signal?.removeEventListener('abort', stop)
  }
}

/**
 * Ends an export that will not be retried: its partial file goes, the
 * reason is kept (never a stack trace) and the user is told.
 */
async function failExport(file: Export, reason: string) {
  logger.warn({ exportId: file.id, reason }, 'export failed')
  await removeExportFile(exportFileKey(file))
  file.merge({
    status: 'failed',
    fileKey: null,
    error: reason.slice(0, 300),
    finishedAt: DateTime.utc(),
  })
  await file.save()
  await dispatchEvents(new ExportFailed(exportRef(file), file.error!))
}

/**
 * The job's last attempt failed (or timed out): the export ends failed.
 */
export async function exportGaveUp(exportId: number, error: Error) {
  const file = await Export.find(exportId)
  if (!file || file.status === 'completed' || file.status === 'failed') return
  const cause = error.cause instanceof Error ? error.cause : error
  await tenantContext.run(file.organizationId, () => failExport(file, cause.message))
}
