import db from '@adonisjs/lucid/services/db'
import vine, { errors } from '@vinejs/vine'
import { ListQuery } from '#core/query/list_query'
import { storableDate } from '#core/validation/rules'
import { summaryTotal } from '#resources/engine/summary_count'
import { paginationSchema, pageOf } from '#core/http/pagination'
import type { LucidRow } from '@adonisjs/lucid/types/model'
import type { ResourceContext, Query } from '#resources/engine/resource_context'
import {
  plainSerializerOf,
  serializePlainRows,
  isoOfTimestamp,
  plainRowsOf,
  type PlainRow,
} from '#resources/engine/plain_serializer'

export const listRecordsValidator = vine.create({
  ...paginationSchema,
  cursor: vine.string().maxLength(200).optional(),
  trash: vine.boolean().optional(),
})

/** Sorts that cursor paging follows (never-null columns). */
const CURSOR_SORTS = ['createdAt', 'updatedAt', 'id']

export type ListMeta =
  | {
      total: number
      perPage: number
      currentPage: number
      lastPage: number
      /** true when there are more than `total` records (counting stopped there) */
      totalCapped?: boolean
    }
  | { perPage: number; nextCursor: string | null }

function invalid(context: ResourceContext, field: string, rule: string) {
  return new errors.E_VALIDATION_ERROR([
    { field, rule, message: context.i18n.t(`validator.shared.messages.${rule}`, { field }) },
  ])
}

/**
 * The resource's own filters (`filter[<name>]` declared on the resource)
 * apply first; the rest goes to the generic list query.
 */
function applyCustomFilters(context: ResourceContext, query: Query, qs: Record<string, any>) {
  const declared = context.resource.filters ?? {}
  const filter = typeof qs.filter === 'object' && qs.filter !== null ? { ...qs.filter } : qs.filter
  if (typeof filter !== 'object' || filter === null) return qs
  for (const [name, definition] of Object.entries(declared)) {
    if (!(name in filter)) continue
    const value = String(filter[name])
    if (definition.values && !definition.values.includes(value)) {
      throw invalid(context, `filter[${name}]`, 'invalidFilter')
    }
    definition.apply(query as any, value, context.user)
    delete filter[name]
  }
  return { ...qs, filter }
}

function encodeCursor(value: unknown, id: number) {
  return Buffer.from(JSON.stringify([value, id])).toString('base64url')
}

const isId = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0

/**
 * The position a cursor holds: the sort column's value (an id, or a
 * timestamp as ISO text) and the id, or undefined when it is not one.
 */
function decodeCursor(cursor: string, sort: string): [string | number, number] | undefined {
  try {
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (!Array.isArray(decoded) || decoded.length !== 2 || !isId(decoded[1])) return undefined
    const [value] = decoded
    const valid =
      sort === 'id'
        ? isId(value)
        : typeof value === 'string' && storableDate(new Date(value)) !== undefined
    return valid ? (decoded as [string | number, number]) : undefined
  } catch {}
  return undefined
}

/**
 * The records the user may reach, filtered, searched and sorted as the
 * query string says, not paged: the list pages it, the export streams it.
 */
export function filteredQuery(
  context: ResourceContext,
  qs: Record<string, any>,
  options: { trash?: boolean } = {}
) {
  const query = context.query({ trash: options.trash })
  const rest = applyCustomFilters(context, query, qs)
  const { defaultSort, searchColumn } = context.resource
  new ListQuery(
    context.listFields,
    defaultSort,
    `${context.table}.id`,
    searchColumn && `${context.table}.${searchColumn}`
  ).apply(query, rest, context.i18n)
  return query
}

/** Counting stops here: beyond it, an exact total costs more than it tells. */
export const COUNT_CAP = 10_000

/**
 * How many records the query matches, counting at most COUNT_CAP + 1.
 */
async function cappedCount(query: Query) {
  const { sql, bindings } = query
    .clone()
    .clearOrder()
    .clearSelect()
    .select(db.raw('1'))
    .limit(COUNT_CAP + 1)
    .toSQL()
  const result = await db.rawQuery(
    `SELECT count(*)::int AS total FROM (${sql}) AS capped`,
    bindings
  )
  return result.rows[0].total as number
}

/**
 * The list's total: exact from the resource's maintained counts when they
 * answer it, else its rows counted up to COUNT_CAP.
 */
async function totalOf(
  context: ResourceContext,
  qs: Record<string, any>,
  trash: boolean | undefined,
  query: Query
) {
  const summarized = await summaryTotal(context, qs, trash)
  if (summarized !== undefined) return { total: summarized, capped: false }
  const counted = await cappedCount(query)
  return { total: Math.min(counted, COUNT_CAP), capped: counted > COUNT_CAP }
}

/** How a page's rows are fetched: model instances, or plain rows. */
type RowsOf<Row> = {
  fetch: (query: Query) => Promise<Row[]>
  /** the cursor value of a sort attribute (a date as ISO, in UTC) */
  cursorValue: (row: Row, name: string, column: string) => unknown
  id: (row: Row) => number
}

const MODEL_ROWS: RowsOf<LucidRow & Record<string, any>> = {
  fetch: (query) => query.exec(),
  cursorValue: (row, name) => {
    const value = row[name]
    return value?.toISO ? value.toUTC().toISO() : value
  },
  id: (row) => row.id,
}

const PLAIN_ROWS: RowsOf<PlainRow> = {
  fetch: (query) => plainRowsOf(query).exec(),
  cursorValue: (row, name, column) => {
    const value = row[column]
    // the other cursor sorts are timestamps, read as text (PLAIN_ROW_TYPES)
    return name === 'id' ? value : isoOfTimestamp(value)
  },
  id: (row) => row.id,
}

/**
 * A page of the records the user may reach, filtered, searched and sorted
 * as the query string says; offset pages with a total (exact from
 * maintained counts, else counted up to COUNT_CAP, then flagged
 * `totalCapped`), or cursor pages (`?cursor=`) that never count. The page
 * and its total run side by side.
 */
export function listRecords(context: ResourceContext, qs: Record<string, any>) {
  return listPage(context, qs, MODEL_ROWS)
}

/**
 * The same page as `listRecords`, serialized as the API shows it
 * (`context.serializeMany`), read as plain rows when the resource's model
 * allows it: no model instance per row.
 */
export async function listSerializedRecords(context: ResourceContext, qs: Record<string, any>) {
  const serializer = plainSerializerOf(context)
  if (!serializer) {
    const { rows, meta } = await listRecords(context, qs)
    return { data: await context.serializeMany(rows), meta }
  }
  const { rows, meta } = await listPage(context, qs, PLAIN_ROWS)
  return { data: await serializePlainRows(context, serializer, rows), meta }
}

async function listPage<Row>(
  context: ResourceContext,
  qs: Record<string, any>,
  rowsOf: RowsOf<Row>
) {
  const options = await listRecordsValidator.validate(qs, {
    messagesProvider: context.i18n.createMessagesProvider(),
  })
  const { page, perPage } = pageOf(options)
  const query = filteredQuery(context, qs, { trash: options.trash })

  if (options.cursor === undefined) {
    const [rows, { total, capped }] = await Promise.all([
      rowsOf.fetch(
        query
          .clone()
          .offset((page - 1) * perPage)
          .limit(perPage)
      ),
      totalOf(context, qs, options.trash, query),
    ])
    const meta: ListMeta = {
      total,
      perPage,
      currentPage: page,
      lastPage: Math.max(1, Math.ceil(total / perPage)),
      ...(capped ? { totalCapped: true } : {}),
    }
    return { rows, meta }
  }
  return cursorPage(context, query, qs.sort, options.cursor, perPage, rowsOf)
}

async function cursorPage<Row>(
  context: ResourceContext,
  query: Query,
  sort: unknown,
  cursor: string,
  perPage: number,
  rowsOf: RowsOf<Row>
) {
  const key = String(sort || context.resource.defaultSort)
  const name = key.replace(/^-/, '')
  if (!CURSOR_SORTS.includes(name)) throw invalid(context, 'cursor', 'cursorSort')
  const column = name === 'id' ? 'id' : context.fieldColumn(name)
  const descending = key.startsWith('-')
  if (cursor !== '') {
    const position = decodeCursor(cursor, name)
    if (!position) throw invalid(context, 'cursor', 'invalidCursor')
    query.whereRaw(`(??, ??) ${descending ? '<' : '>'} (?, ?)`, [
      `${context.table}.${column}`,
      `${context.table}.id`,
      position[0],
      position[1],
    ])
  }
  const rows = await rowsOf.fetch(query.limit(perPage + 1))
  const more = rows.length > perPage
  const pageRows = rows.slice(0, perPage)
  const last = pageRows.at(-1)
  const meta: ListMeta = {
    perPage,
    nextCursor:
      more && last !== undefined
        ? encodeCursor(rowsOf.cursorValue(last, name, column), rowsOf.id(last))
        : null,
  }
  return { rows: pageRows, meta }
}
