import { DateTime } from 'luxon'
import type { LucidRow } from '@adonisjs/lucid/types/model'
import type { ResolvedField } from '#resources/engine/resource_fields'
import { describeFile } from '#resources/files/stored_files'

export type Money = { amount: string; currency: string }
type Row = LucidRow & Record<string, any>

function asDateTime(value: unknown) {
  if (value instanceof DateTime) return value
  if (value instanceof Date) return DateTime.fromJSDate(value, { zone: 'utc' })
  if (typeof value === 'string') return DateTime.fromISO(value, { zone: 'utc' })
  return null
}

/**
 * A validated input value as it is stored: luxon dates on columns, ISO
 * strings and `{ amount, currency }` inside the custom JSONB.
 */
export function storedValue(field: ResolvedField, value: unknown, inJson: boolean) {
  if (value === null || value === undefined) return value ?? null
  if (field.type === 'date' || field.type === 'datetime') {
    const date = asDateTime(value)!
    if (!inJson) return date
    return field.type === 'date' ? date.toISODate() : date.toUTC().toISO()
  }
  if (field.type === 'money') {
    const money = value as { amount: number; currency: string }
    return { amount: money.amount.toFixed(2), currency: money.currency }
  }
  return value
}

/**
 * A stored value as the API and the screens show it.
 */
export function shownValue(field: ResolvedField, value: unknown): unknown {
  if (value === null || value === undefined) return null
  if (field.type === 'date' || field.type === 'datetime') {
    const date = asDateTime(value)
    if (!date?.isValid) return null
    return field.type === 'date' ? date.toISODate() : date.toUTC().toISO()
  }
  if (field.type === 'money' && typeof value === 'object') return value as Money
  if (field.type === 'number' || field.type === 'percent') return Number(value)
  if (field.type === 'file' && typeof value === 'string') return describeFile(value)
  return value
}

/**
 * Reads a field off a record (built-in column or custom key).
 */
export function readField(record: Row, field: ResolvedField) {
  if (field.customKey) return (record.custom ?? {})[field.customKey]
  if (field.type === 'money' && field.currencyColumn) {
    const amount = record[field.key]
    if (amount === null || amount === undefined) return null
    return { amount: Number(amount).toFixed(2), currency: record[field.currencyColumn] }
  }
  return record[field.key]
}

/**
 * Writes validated values onto a record: declared fields to their
 * attributes, custom ones merged into `custom` (unknown keys kept, so an
 * archived field's values survive).
 */
export function writeFields(
  record: Row,
  fields: ResolvedField[],
  values: Record<string, unknown> & { custom?: Record<string, unknown> }
) {
  for (const field of fields) {
    if (field.customKey || values[field.key] === undefined) continue
    const value = values[field.key]
    if (field.type === 'money' && field.currencyColumn) {
      const money = value as { amount: number; currency: string } | null
      record[field.key] = money ? money.amount.toFixed(2) : null
      record[field.currencyColumn] = money?.currency ?? null
      continue
    }
    record[field.key] = storedValue(field, value, false)
  }
  if (values.custom) {
    const custom = { ...(record.custom ?? {}) }
    for (const field of fields) {
      if (!field.customKey || values.custom[field.customKey] === undefined) continue
      custom[field.customKey] = storedValue(field, values.custom[field.customKey], true)
    }
    record.custom = custom
  }
}

/**
 * The record's values of the given fields, shown: the API's `data` (with
 * custom fields under `custom`) and the audit log's before/after.
 */
export function recordValues(record: Row, fields: ResolvedField[]) {
  const values: Record<string, unknown> = {}
  const custom: Record<string, unknown> = {}
  for (const field of fields) {
    if (field.secret) continue
    const value = shownValue(field, readField(record, field))
    if (field.customKey) custom[field.customKey] = value
    else values[field.key] = value
  }
  return { values, custom }
}
