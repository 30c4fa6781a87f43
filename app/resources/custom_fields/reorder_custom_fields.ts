import db from '@adonisjs/lucid/services/db'
import type { I18n } from '@adonisjs/i18n'
import { recordAudit } from '#core/audit/audit'
import CustomField from '#resources/models/custom_field'
import { customFieldError } from '#resources/custom_fields/custom_field_validator'

/**
 * Puts a resource's fields in the given order. `ids` must name each of its
 * fields once (archived ones too), so two admins reordering at the same
 * time cannot leave a field out: the rows are locked while positions change.
 */
export async function reorderCustomFields(i18n: I18n, resource: string, ids: number[]) {
  const { before, after } = await db.transaction(async (trx) => {
    const fields = await CustomField.query({ client: trx })
      .where('resource', resource)
      .orderBy('position', 'asc')
      .orderBy('id', 'asc')
      .forUpdate()
    const byId = new Map(fields.map((field) => [field.id, field]))
    if (ids.length !== fields.length || ids.some((id) => !byId.has(id))) {
      throw customFieldError(i18n, 'ids', 'reorderIds')
    }
    for (const [position, id] of ids.entries()) {
      const field = byId.get(id)!
      if (field.position === position) continue
      field.position = position
      field.useTransaction(trx)
      await field.save()
    }
    return {
      before: fields.map((field) => field.key),
      after: ids.map((id) => byId.get(id)!.key),
    }
  })

  if (before.join() !== after.join()) {
    await recordAudit({
      action: 'custom_fields.reordered',
      entity: { type: 'custom_fields', id: resource },
      changes: { before: { order: before }, after: { order: after } },
    })
  }
  return after
}
