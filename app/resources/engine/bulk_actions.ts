import vine from '@vinejs/vine'
import type { Bouncer } from '@adonisjs/bouncer'
import ResourcePolicy from '#resources/policies/resource_policy'
import { trashRecord, updateRecord } from '#resources/engine/record_actions'
import { validateRecord } from '#resources/engine/record_validator'
import { fieldError } from '#core/validation/field_error'
import type { ResourceContext } from '#resources/engine/resource_context'
import { recordIdSchema } from '#core/validation/rules'

export const ENGINE_BULK_ACTIONS = ['delete', 'assignOwner', 'setField'] as const

export const bulkValidator = vine.create({
  ids: vine.array(recordIdSchema()).minLength(1).maxLength(1000).distinct(),
  action: vine.string().trim().maxLength(60),
  values: vine.record(vine.any()).optional(),
})

/**
 * One action on many records: delete, assign an owner, set one field, or an
 * action of the resource's own. Records the user cannot reach are skipped,
 * exactly as if they did not exist.
 */
export async function runBulkAction(
  context: ResourceContext,
  bouncer: Bouncer<any, any, any>,
  payload: { ids: number[]; action: string; values?: Record<string, unknown> }
) {
  const { resource } = context
  const own = resource.actions?.[payload.action]
  const known = (ENGINE_BULK_ACTIONS as readonly string[]).includes(payload.action)
  if (!own && !known) throw fieldError(context.i18n, 'action', 'enum')

  const ability = payload.action === 'delete' ? 'delete' : (own?.ability ?? 'update')
  await bouncer.with(ResourcePolicy).authorize(ability, resource)
  const records = await context.query().whereIn(`${context.table}.id`, payload.ids)

  if (own) {
    await own.handle(records, context.user)
  } else if (payload.action === 'delete') {
    for (const record of records) await trashRecord(context, record)
  } else {
    const changes = await bulkChanges(context, payload.action, payload.values ?? {})
    for (const record of records) await updateRecord(context, record.id, changes)
  }
  return { action: payload.action, affected: records.length, ids: records.map((r) => r.id) }
}

/**
 * The validated change a bulk update applies to every record.
 */
async function bulkChanges(
  context: ResourceContext,
  action: string,
  values: Record<string, unknown>
) {
  if (action === 'assignOwner') {
    const owner = context.resource.ownership?.owner
    if (!owner) throw fieldError(context.i18n, 'action', 'enum')
    return validateRecord(context.i18n, context.resource, context.fields, 'update', {
      [owner]: values.ownerId ?? values[owner] ?? null,
    })
  }
  const key = String(values.field ?? '')
  const field = context.activeFields.find((candidate) => candidate.key === key && candidate.form)
  if (!field) throw fieldError(context.i18n, 'field', 'enum')
  const body = field.customKey
    ? { custom: { [field.customKey]: values.value ?? null } }
    : { [field.key]: values.value ?? null }
  const validated = await validateRecord(
    context.i18n,
    context.resource,
    context.fields,
    'update',
    body
  )
  return validated
}
