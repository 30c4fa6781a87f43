import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import type { LucidRow } from '@adonisjs/lucid/types/model'
import { recordAudit, diff } from '#core/audit/audit'
import { StaleRecordException } from '#resources/errors'
import { relationSource } from '#resources/engine/relation_titles'
import { writeFields } from '#resources/engine/record_values'
import { fieldLabel } from '#resources/engine/resource_fields'
import { withinReach, type ResourceContext } from '#resources/engine/resource_context'
import { announceChange } from '#resources/engine/record_announcer'
import { errors } from '@vinejs/vine'

type Row = LucidRow & Record<string, any>
export type RecordInput = Record<string, unknown> & { custom?: Record<string, unknown> }

function auditAction(context: ResourceContext, verb: string) {
  return `${context.resource.name}.${verb}`
}

/**
 * Relations must point at records the user may reach: of their
 * organization and, for brokers, their own or assigned ones (anything else
 * is "not found", never a hint that it exists). A link the record already
 * has is kept as it is. Brokers may not hand a record to someone else.
 */
export async function checkReferences(
  context: ResourceContext,
  input: RecordInput,
  current: Row | null = null
) {
  const problems: { field: string; rule: string; message: string }[] = []
  for (const field of context.activeFields) {
    if (field.type !== 'relation' || !field.target) continue
    const valueOf = (values: Record<string, any> | undefined) =>
      field.customKey ? values?.custom?.[field.customKey] : values?.[field.key]
    const value = valueOf(input)
    if (typeof value !== 'number' || (current && valueOf(current) === value)) continue
    const source = relationSource(field.target)
    const query = source.model.query().where('id', value)
    if (source.live) query.whereNull('deleted_at')
    if (source.resource) withinReach(query, source.resource, context.user)
    const label = fieldLabel(context.i18n, context.resource, field)
    if (!(await query.first())) {
      const message = context.i18n.t('validator.shared.messages.exists', { field: label })
      problems.push({ field: field.key, rule: 'exists', message })
    } else if (isOwnershipField(context, field.key) && !context.canAssignTo(value)) {
      const message = context.i18n.t('validator.shared.messages.ownerScope', { field: label })
      problems.push({ field: field.key, rule: 'ownerScope', message })
    }
  }
  if (problems.length) throw new errors.E_VALIDATION_ERROR(problems)
}

function isOwnershipField(context: ResourceContext, key: string) {
  const ownership = context.resource.ownership
  return key === ownership?.owner || key === ownership?.assignee
}

function assertVersion(record: Row, expected?: number) {
  if (expected !== undefined && record.version !== expected) throw new StaleRecordException()
}

/**
 * Creates a record from validated input; its owner is the creator unless
 * another one was chosen.
 */
export async function createRecord(
  context: ResourceContext,
  input: RecordInput,
  options: { force?: boolean } = {}
) {
  await checkReferences(context, input)
  await context.resource.hooks?.prepare?.(context, input, null, { force: options.force ?? false })
  const record = new context.resource.model() as Row
  for (const field of context.fields) {
    if (field.default !== undefined && !(field.key in input)) record[field.key] = field.default
  }
  writeFields(record, context.fields, input)
  const owner = context.resource.ownership?.owner
  if (owner && (record[owner] === undefined || record[owner] === null)) {
    record[owner] = context.user.id
  }
  if (!record.custom) record.custom = {}
  await db.transaction(async (trx) => {
    record.useTransaction(trx)
    // the insert returns the stored row (withStoredRowOnInsert): no read-back
    await record.save()
    await context.resource.hooks?.afterWrite?.(context, record, null, trx)
    await recordAudit(
      {
        action: auditAction(context, 'created'),
        entity: { type: context.resource.name, id: record.id },
        changes: { after: context.snapshot(record) },
      },
      trx
    )
  })
  await announceChange(context, { action: 'created', record, before: null })
  return record
}

/**
 * Applies validated changes under a row lock, so two editors cannot both
 * win; a stale `expectedVersion` is refused (412).
 */
export async function updateRecord(
  context: ResourceContext,
  id: number,
  input: RecordInput,
  expectedVersion?: number,
  options: { force?: boolean } = {}
) {
  const current = await context.find(id)
  await checkReferences(context, input, current as Row)
  await context.resource.hooks?.prepare?.(context, input, current, {
    force: options.force ?? false,
  })
  let previous: Record<string, any> = {}
  const record = await db.transaction(async (trx) => {
    const locked = (await context
      .query()
      .useTransaction(trx)
      .where(`${context.table}.id`, id)
      .forUpdate()
      .firstOrFail()) as Row
    // The query ran in the transaction, the model does not know it: without
    // this its save would wait on another connection for the row lock.
    locked.useTransaction(trx)
    assertVersion(locked, expectedVersion)
    const snapshot = context.snapshot(locked)
    previous = { ...locked.$attributes }
    writeFields(locked, context.fields, input)
    if (locked.$isDirty) locked.version = locked.version + 1
    await locked.save()
    await context.resource.hooks?.afterWrite?.(context, locked, previous, trx)
    const changes = diffOf(snapshot, context.snapshot(locked))
    if (changes) {
      await recordAudit(
        {
          action: auditAction(context, 'updated'),
          entity: { type: context.resource.name, id: locked.id },
          changes,
        },
        trx
      )
    }
    return locked
  })
  if (record.version !== previous.version) {
    await announceChange(context, { action: 'updated', record, before: previous })
  }
  return record
}

function diffOf(before: Record<string, unknown>, after: Record<string, unknown>) {
  const flat = (values: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(values).map(([key, value]) => [key, JSON.stringify(value)]))
  const changed = diff(flat(before), flat(after))
  if (!changed) return null
  const pick = (values: Record<string, unknown>) =>
    Object.fromEntries(Object.keys(changed.after).map((key) => [key, values[key]]))
  return { before: pick(before), after: pick(after) }
}

/**
 * Moves a record to the trash (kept, restorable by admins).
 */
export async function trashRecord(context: ResourceContext, record: Row, expectedVersion?: number) {
  assertVersion(record, expectedVersion)
  await db.transaction(async (trx) => {
    const affected = await context
      .query()
      .useTransaction(trx)
      .where(`${context.table}.id`, record.id)
      .where(`${context.table}.version`, record.version)
      .update({ deleted_at: DateTime.utc().toSQL(), version: record.version + 1 })
    if (Number(affected[0] ?? affected) === 0) throw new StaleRecordException()
    await recordAudit(
      {
        action: auditAction(context, 'deleted'),
        entity: { type: context.resource.name, id: record.id },
        changes: { before: context.snapshot(record) },
      },
      trx
    )
  })
  const trashed = { ...record.$attributes, version: record.version + 1 }
  await announceChange(context, { action: 'deleted', record: trashed, before: record.$attributes })
}

export async function restoreRecord(context: ResourceContext, record: Row) {
  await db.transaction(async (trx) => {
    record.useTransaction(trx)
    record.deletedAt = null
    record.version = record.version + 1
    await record.save()
    await recordAudit(
      {
        action: auditAction(context, 'restored'),
        entity: { type: context.resource.name, id: record.id },
      },
      trx
    )
  })
  await announceChange(context, { action: 'restored', record, before: null })
}
