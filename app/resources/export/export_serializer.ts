import { routeUrl } from '#resources/imports/import_serializer'
import type Export from '#resources/export/models/export'

/**
 * A background export as the API shows it; `downloadUrl` once the file is
 * ready.
 */
export function serializeExport(file: Export) {
  return {
    id: file.id,
    status: file.status,
    resource: file.resource,
    format: file.format,
    rowCount: file.rowCount,
    error: file.error,
    createdAt: file.createdAt.toUTC().toISO(),
    finishedAt: file.finishedAt?.toUTC().toISO() ?? null,
    downloadUrl:
      file.status === 'completed' ? routeUrl('api.v1.exports.download', { id: file.id }) : null,
  }
}
