import { filteredQuery } from '#resources/engine/list_records'
import type { ResourceContext } from '#resources/engine/resource_context'
import { exportColumns } from '#resources/export/export_cells'
import type { ExportOptions } from '#resources/export/export_records'
import RunExportJob from '#resources/export/jobs/run_export_job'
import Export from '#resources/export/models/export'

/**
 * Records the user's export of their current view and queues its
 * preparation. The columns and the view's query are checked first, so a
 * bad request is a 422 and nothing is queued. With the inline queue (tests)
 * the export is done when this returns.
 */
export async function queueExport(
  context: ResourceContext,
  qs: Record<string, unknown>,
  options: ExportOptions
) {
  exportColumns(context, options.columns)
  filteredQuery(context, qs, { trash: options.trash })

  const file = await Export.create({
    organizationId: context.user.organizationId,
    userId: context.user.id,
    resource: context.resource.name,
    format: options.format ?? 'csv',
    params: { qs, options },
    status: 'queued',
  })
  try {
    await RunExportJob.dispatch({ exportId: file.id, organizationId: file.organizationId })
  } catch (error) {
    await file.delete()
    throw error
  }
  await file.refresh()
  return file
}
