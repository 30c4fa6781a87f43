import pg from 'pg'
import type { LucidModel, ModelColumnOptions } from '@adonisjs/lucid/types/model'
import type { ResolvedField } from '#resources/engine/resource_fields'
import { shownValue } from '#resources/engine/record_values'
import { titlesFor, relationSummary, type RelationTitles } from '#resources/engine/relation_titles'
import type { ResourceContext, SerializedRecord, Query } from '#resources/engine/resource_context'

/** A row as PostgreSQL returns it: column names, no model around it. */
export type PlainRow = Record<string, any>

type Read = (row: PlainRow) => unknown

/**
 * Reads one model attribute off a plain row: its column, turned into what
 * the model would hold (Lucid's own `consume`, the date ones included).
 * Undefined when the attribute is not a plain column (a getter, a custom
 * consume): such a model is serialized from model instances instead.
 */
function attributeReader(model: LucidModel, key: string): Read | undefined {
  const column = model.$getColumn(key) as (ModelColumnOptions & { consume?: Function }) | undefined
  if (!column || column.hasGetter || column.hasSetter) return undefined
  const name = column.columnName
  const consume = column.consume
  if (!consume) return (row) => row[name]
  if (!['consumeDateTimeColumn', 'consumeDateColumn'].includes(consume.name)) return undefined
  const owner = Object.create(model.prototype)
  return (row) => consume(dateOfTimestamp(row[name]), key, owner)
}

const { builtins, getTypeParser } = pg.types
const parseTimestamp = getTypeParser(builtins.TIMESTAMPTZ)

const asText = (text: string) => text

/**
 * pg's types for plain-row reads: `timestamptz` stays the text PostgreSQL
 * sends ('2026-12-07 09:11:14.123456+00'), rewritten to ISO by
 * `isoOfTimestamp` without a Date; everything else as pg parses it.
 */
const PLAIN_ROW_TYPES = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    oid === builtins.TIMESTAMPTZ ? asText : getTypeParser(oid, format as 'text'),
}

/** The query's rows as plain rows, their timestamps as text. */
export function plainRowsOf(query: Query) {
  query.knexQuery.options({ types: PLAIN_ROW_TYPES })
  return query.pojo<PlainRow>()
}

/** A timestamp of a plain row as the Date pg would have made of it. */
function dateOfTimestamp(value: unknown) {
  return typeof value === 'string' ? (parseTimestamp(value) as Date) : value
}

/**
 * `DateTime.fromJSDate(date).toUTC().toISO()` (what a model's datetime
 * column shows) without luxon, for the years both spell the same way.
 */
function isoOfDate(value: unknown): string | null | undefined {
  if (!(value instanceof Date)) return undefined
  const time = value.getTime()
  if (Number.isNaN(time)) return null
  const year = value.getUTCFullYear()
  return year >= 0 && year <= 9999 ? value.toISOString() : undefined
}

/**
 * The ISO string (`Date#toISOString`) of a `timestamptz` as PostgreSQL
 * writes it in UTC ('2026-12-07 09:11:14.123456+00'), by rewriting the
 * text: the milliseconds cut as pg's own parser cuts them. Any other
 * spelling (another session time zone, BC, infinity) goes through the
 * Date pg would have made.
 */
export function isoOfTimestamp(value: unknown): string | null | undefined {
  if (typeof value !== 'string') return isoOfDate(value)
  const length = value.length
  if (length >= 22 && value[10] === ' ' && value.endsWith('+00') && /^\d{4}-/.test(value)) {
    const fraction = length > 22 ? value.slice(19, length - 3) : ''
    if (fraction === '' || /^\.\d{1,6}$/.test(fraction)) {
      const milliseconds = fraction ? Math.trunc(1000 * Number.parseFloat(fraction)) : 0
      const ms = String(milliseconds).padStart(3, '0')
      return `${value.slice(0, 10)}T${value.slice(11, 19)}.${ms}Z`
    }
  }
  return isoOfDate(dateOfTimestamp(value))
}

/**
 * The shown value of a datetime column: straight from the text (or Date) pg gives,
 * else through the model's consume and `shownValue` like any other.
 */
function datetimeReader(model: LucidModel, key: string, field?: ResolvedField): Read | undefined {
  const column = model.$getColumn(key)
  const read = attributeReader(model, key)
  if (!column || !read) return undefined
  const name = column.columnName
  const slow = (row: PlainRow) => {
    const value = read(row)
    if (field) return shownValue(field, value)
    return value ? (value as any).toUTC().toISO() : null
  }
  return (row) => {
    const value = row[name]
    if (value === null || value === undefined) return null
    return isoOfTimestamp(value) ?? slow(row)
  }
}

/** Types `shownValue` shows as they are stored (null for a missing value). */
const SHOWN_AS_STORED = new Set<ResolvedField['type']>([
  'text',
  'longText',
  'email',
  'phone',
  'url',
  'boolean',
  'select',
  'multiSelect',
  'tags',
  'relation',
])

/**
 * A field's shown value off a plain row, as `recordValues` gives it off a
 * model (`readField` then `shownValue`). Columns shown as stored are read
 * inline by `valueExpression` and never come here.
 */
function fieldReader(model: LucidModel, field: ResolvedField): Read | undefined {
  if (field.customKey) {
    const customKey = field.customKey
    const custom = attributeReader(model, 'custom')
    if (!custom) return undefined
    return (row) => shownValue(field, ((custom(row) as any) ?? {})[customKey])
  }
  if (field.type === 'money' && field.currencyColumn) {
    const amount = attributeReader(model, field.key)
    const currency = attributeReader(model, field.currencyColumn)
    if (!amount || !currency) return undefined
    return (row) => {
      const value = amount(row)
      if (value === null || value === undefined) return null
      return { amount: Number(value).toFixed(2), currency: currency(row) }
    }
  }
  if (field.type === 'datetime') {
    const column = model.$getColumn(field.key)
    if (column?.meta?.type === 'datetime') return datetimeReader(model, field.key, field)
  }
  const read = attributeReader(model, field.key)
  if (!read) return undefined
  return (row) => shownValue(field, read(row))
}

type PlainSerializer = {
  /** ids of related records a page points at, by target */
  relationIds(rows: PlainRow[]): Map<string, Set<number>>
  serialize(row: PlainRow, titles: RelationTitles): SerializedRecord
}

/**
 * The JavaScript expression (over `row`) of a field's shown value: a plain
 * property read for the types shown as stored, else a call to its reader
 * (`use` registers the function and names it).
 */
function valueExpression(
  model: LucidModel,
  field: ResolvedField,
  use: (fn: Function) => string
): string | undefined {
  const column = field.customKey ? undefined : model.$getColumn(field.key)
  const plain = column && !column.consume && !column.hasGetter && !column.hasSetter
  if (column && plain && SHOWN_AS_STORED.has(field.type)) {
    return `(row[${JSON.stringify(column.columnName)}] ?? null)`
  }
  const read = fieldReader(model, field)
  return read ? `${use(read)}(row)` : undefined
}

/**
 * Builds, once per resource shape, what turns a plain row into the record
 * `ResourceContext.serialize` gives for the same row as a model: the same
 * keys in the same order, the same values. The record is one object
 * literal, generated for the shape (keys and column names written as JSON
 * strings), so every row gets the same fast object. Undefined when the
 * model has an attribute that only a model instance can read.
 */
function compile(
  model: LucidModel,
  activeFields: ResolvedField[],
  titleField: string
): PlainSerializer | undefined {
  const id = attributeReader(model, 'id')
  const title = attributeReader(model, titleField)
  const version = attributeReader(model, 'version')
  const deletedAt = model.$getColumn('deletedAt') ? datetimeReader(model, 'deletedAt') : () => null
  if (!id || !title || !version || !deletedAt) return undefined

  const functions: Function[] = []
  const use = (fn: Function) => `f[${functions.push(fn) - 1}]`
  const key = (name: string) => JSON.stringify(name)

  // { id, title, ...values, ...relations, custom, version, deletedAt }: a
  // key written twice keeps its first place and its last value, as there
  const entries = [`"id": ${use(id)}(row)`, `"title": String(${use(title)}(row) ?? "")`]
  const custom: string[] = []
  for (const field of activeFields) {
    if (field.secret) continue
    const value = valueExpression(model, field, use)
    if (!value) return undefined
    if (field.customKey) custom.push(`${key(field.customKey)}: ${value}`)
    else entries.push(`${key(field.key)}: ${value}`)
  }
  for (const field of activeFields) {
    if (field.type !== 'relation' || field.customKey) continue
    const read = attributeReader(model, field.key)
    if (!read) return undefined
    const summary = (row: PlainRow, titles: RelationTitles) =>
      relationSummary(titles, field, read(row))
    entries.push(`${key(field.key.replace(/Id$/, ''))}: ${use(summary)}(row, titles)`)
  }
  entries.push(
    `"custom": { ${custom.join(', ')} }`,
    `"version": ${use(version)}(row)`,
    `"deletedAt": ${use(deletedAt)}(row)`
  )
  // the record literal of this shape, compiled once
  const serialize = new Function(
    'f',
    `"use strict"; return function serialize(row, titles) { return { ${entries.join(', ')} } }`
  )(functions) as PlainSerializer['serialize']

  const related: { target: string; read: Read }[] = []
  for (const field of activeFields) {
    if (field.type !== 'relation' || !field.target || field.archived) continue
    const read = field.customKey ? fieldReader(model, field) : attributeReader(model, field.key)
    if (!read) return undefined
    related.push({ target: field.target, read })
  }

  return {
    relationIds(rows) {
      const wanted = new Map<string, Set<number>>()
      for (const { target, read } of related) {
        const ids = wanted.get(target) ?? new Set<number>()
        for (const row of rows) {
          const value = read(row)
          if (typeof value === 'number') ids.add(value)
        }
        wanted.set(target, ids)
      }
      return wanted
    },
    serialize,
  }
}

const compiled = new WeakMap<ResolvedField[], Map<string, PlainSerializer | null>>()

/**
 * The plain-row serializer of a resource shape (its fields as resolved for
 * the organization, which the engine caches per schema version), compiled
 * on first use.
 */
function plainSerializer(
  model: LucidModel,
  fields: ResolvedField[],
  activeFields: ResolvedField[],
  titleField: string
) {
  let byTitle = compiled.get(fields)
  if (!byTitle) {
    byTitle = new Map()
    compiled.set(fields, byTitle)
  }
  const key = `${model.table}:${titleField}`
  if (!byTitle.has(key)) byTitle.set(key, compile(model, activeFields, titleField) ?? null)
  return byTitle.get(key) ?? undefined
}

/**
 * The serializer of a context's resource shape, if its model can be read
 * from plain rows.
 */
export function plainSerializerOf(context: ResourceContext) {
  return plainSerializer(
    context.resource.model,
    context.fields,
    context.activeFields,
    context.titleField
  )
}

/**
 * Plain rows as the API and the screens show records: the same JSON as
 * `context.serializeMany` gives for the same rows as models.
 */
export async function serializePlainRows(
  context: ResourceContext,
  serializer: PlainSerializer,
  rows: PlainRow[]
) {
  const titles = await titlesFor(serializer.relationIds(rows), context.i18n.locale, context.user)
  return rows.map((row) => serializer.serialize(row, titles))
}

/**
 * One record the user may reach, serialized as the API shows it (the same
 * as `context.serializeOne(await context.find(id))`); 404 when out of reach.
 */
export async function findSerializedRecord(context: ResourceContext, id: number) {
  const serializer = plainSerializerOf(context)
  if (!serializer) return context.serializeOne(await context.find(id))
  const row = await plainRowsOf(context.query().where(`${context.table}.id`, id)).firstOrFail()
  const [record] = await serializePlainRows(context, serializer, [row])
  return record
}
