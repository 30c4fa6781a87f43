import type { ExportFailed, ExportReady } from '#resources/export/export_events'
import { notifyUsers } from '#notifications/actions/notify_users'

/**
 * An export prepared in the background: whoever asked for it hears when
 * the file is ready (the link downloads it) or why there is none.
 */
export default class NotifyOnExports {
  async ready({ file, rowCount }: ExportReady) {
    await notifyUsers({
      type: 'export.ready',
      organizationId: file.organizationId,
      recipientIds: [file.userId],
      data: {
        resource: file.resource,
        format: file.format.toUpperCase(),
        exportId: file.id,
        count: rowCount,
      },
      url: `/exports/${file.id}/download`,
    })
  }

  async failed({ file, reason }: ExportFailed) {
    await notifyUsers({
      type: 'export.failed',
      organizationId: file.organizationId,
      recipientIds: [file.userId],
      data: {
        resource: file.resource,
        format: file.format.toUpperCase(),
        exportId: file.id,
        reason,
      },
      url: `/${file.resource}`,
    })
  }
}
