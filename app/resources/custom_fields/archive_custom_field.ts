import { DateTime } from 'luxon'
import { recordAudit } from '#core/audit/audit'
import type CustomField from '#resources/models/custom_field'

/**
 * Archives or restores a field. An archived field disappears from the
 * records, forms, filters and the API, but its values stay in each
 * record's `custom` column, so restoring it brings them back.
 */
async function setArchived(field: CustomField, archived: boolean) {
  if (field.isArchived === archived) return field
  const before = field.archivedAt?.toUTC().toISO() ?? null
  field.archivedAt = archived ? DateTime.utc() : null
  await field.save()
  await recordAudit({
    action: archived ? 'custom_fields.archived' : 'custom_fields.unarchived',
    entity: { type: 'custom_field', id: field.id },
    changes: {
      before: { archivedAt: before },
      after: { archivedAt: field.archivedAt?.toUTC().toISO() ?? null },
    },
  })
  return field
}

export function archiveCustomField(field: CustomField) {
  return setArchived(field, true)
}

export function unarchiveCustomField(field: CustomField) {
  return setArchived(field, false)
}
