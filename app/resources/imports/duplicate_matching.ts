import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { toE164 } from '#core/validation/phone'
import type { ResourceContext } from '#resources/engine/resource_context'
import type { ResolvedField } from '#resources/engine/resource_fields'
import { readField } from '#resources/engine/record_values'
import { importableFields } from '#resources/imports/header_matching'

const MATCHABLE_TYPES = new Set(['text', 'email', 'phone', 'url', 'number', 'select'])

/**
 * Fields duplicates can be matched on: one value per record (e-mail, a
 * normalized phone, a name, a reference number, a custom field…), the
 * resource's preferred match keys first.
 */
export function matchableFields(context: ResourceContext) {
  const preferred = context.resource.matchKeys ?? []
  const fields = importableFields(context.fields).filter((field) => MATCHABLE_TYPES.has(field.type))
  const rank = (field: ResolvedField) => {
    const index = preferred.indexOf(field.key)
    return index === -1 ? preferred.length : index
  }
  return fields.sort((a, b) => rank(a) - rank(b))
}

/**
 * The value two records are the same by: e-mails and text case-insensitive,
 * phones in E.164 (so 0501234567 and +966 50 123 4567 match), numbers as
 * numbers. Undefined when the row cannot be matched.
 */
export function matchKeyOf(field: ResolvedField, value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined
  const text = String(value).trim()
  if (text === '') return undefined
  if (field.type === 'phone') return toE164(text)
  if (field.type === 'number') return Number.isFinite(Number(text)) ? String(Number(text)) : text
  return text.toLowerCase()
}

function keyExpression(context: ResourceContext, field: ResolvedField) {
  const column = `${context.table}.${field.column}`
  const caseless = field.type !== 'phone' && field.type !== 'number'
  if (field.customKey) {
    const json = db.raw(`${caseless ? 'lower' : ''}(??->>?)`, [column, field.customKey])
    return json
  }
  if (field.type === 'number') return column
  return caseless ? db.raw('lower(??)', [column]) : column
}

/**
 * The existing records the given keys match, in one query (the oldest
 * record wins when several share a key). Inside the import's transaction
 * the rows are locked, so nobody changes them before the update.
 */
export async function findExisting(
  context: ResourceContext,
  field: ResolvedField,
  keys: string[],
  trx?: TransactionClientContract
) {
  const found = new Map<string, any>()
  if (keys.length === 0) return found
  const query = context.query().orderBy(`${context.table}.id`, 'asc')
  if (trx) query.useTransaction(trx).forUpdate()
  const values = field.type === 'number' && !field.customKey ? keys.map(Number) : keys
  const rows = await query.whereIn(keyExpression(context, field) as any, values)
  for (const row of rows) {
    const key = matchKeyOf(field, readField(row, field))
    if (key !== undefined && !found.has(key)) found.set(key, row)
  }
  return found
}
