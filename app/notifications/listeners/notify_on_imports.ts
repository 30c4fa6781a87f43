import type { ImportFailed, ImportFinished } from '#resources/imports/import_events'
import { notifyUsers } from '#notifications/actions/notify_users'

/**
 * An import runs in the background: whoever started it hears how it ended.
 */
export default class NotifyOnImports {
  async finished({ file, counts }: ImportFinished) {
    await notifyUsers({
      type: 'import.finished',
      organizationId: file.organizationId,
      recipientIds: [file.userId],
      data: { file: file.fileName, resource: file.resource, importId: file.id, ...counts },
      url: `/${file.resource}`,
    })
  }

  async failed({ file, reason }: ImportFailed) {
    await notifyUsers({
      type: 'import.failed',
      organizationId: file.organizationId,
      recipientIds: [file.userId],
      data: { file: file.fileName, resource: file.resource, importId: file.id, reason },
      url: `/${file.resource}`,
    })
  }
}
