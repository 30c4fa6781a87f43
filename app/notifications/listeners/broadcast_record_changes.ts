import type { RecordChanged } from '#resources/events/record_changed'
import { broadcastToOrganization } from '#notifications/realtime/broadcast'

/**
 * Open lists, detail pages and boards of the organization refresh when a
 * record they may show changed. The message names the record, never its
 * values: each screen reloads what its user may see.
 */
export default class BroadcastRecordChanges {
  handle({ change }: RecordChanged) {
    const { organizationId, ...data } = change
    broadcastToOrganization(organizationId, { type: 'record.changed', data })
  }
}
