import { errors } from '@vinejs/vine'
import type { I18n } from '@adonisjs/i18n'
import { MAX_RECORD_ID, plainNumber, storableDate } from '#core/validation/rules'
import type { LucidModel, ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'

/**
 * How one field of a list can be sorted, filtered and searched through the
 * API's query string (`sort=-createdAt,name`, `filter[status]=new`,
 * `filter[value][gte]=1000`, `q=`). Fields not declared here are refused.
 *
 * A field is a column, or a key inside a JSONB column (`json`), which is how
 * runtime custom fields are stored. Column names come from declarations,
 * never from the request.
 */
export type ListField = {
  column: string
  json?: string
  /** a key inside the JSONB value (a custom money field's `amount`) */
  jsonKey?: string
  type: 'string' | 'number' | 'date' | 'enum' | 'boolean' | 'array'
  values?: readonly string[]
  /** a number column of whole numbers: `integer` (int4) or `bigint` (ids) */
  integer?: 'integer' | 'bigint'
  sortable?: boolean
  filterable?: boolean
  searchable?: boolean
}

export const OPERATORS = [
  'eq',
  'ne',
  'in',
  'nin',
  'gt',
  'gte',
  'lt',
  'lte',
  'contains',
  'startsWith',
  'between',
  'null',
] as const
type Operator = (typeof OPERATORS)[number]

type Problem = { field: string; rule: string }
type Query = ModelQueryBuilderContract<LucidModel>
type Value = string | number | boolean | Date

const ARRAY_CASTS = {
  string: 'text[]',
  enum: 'text[]',
  array: 'text[]',
  number: 'numeric[]',
  date: 'timestamptz[]',
  boolean: 'boolean[]',
} as const

function listOf(value: unknown) {
  return String(value)
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
}

export function likeEscaped(value: string) {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`)
}

/** The largest whole number each integer column holds (bigint: as exact JS numbers). */
const INTEGER_LIMITS = { integer: 2_147_483_647, bigint: MAX_RECORD_ID }

function numberOf(field: ListField, value: number) {
  if (!Number.isFinite(value)) return undefined
  if (!field.integer) return value
  const limit = INTEGER_LIMITS[field.integer]
  return Number.isInteger(value) && Math.abs(value) <= limit ? value : undefined
}

/**
 * A value as the field's type expects it, or undefined when it is not one.
 */
function typed(field: ListField, raw: string): Value | undefined {
  if (field.type === 'number') return numberOf(field, plainNumber(raw) ?? Number.NaN)
  if (field.type === 'date') return storableDate(new Date(raw))
  if (field.type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : undefined
  if (field.values && !field.values.includes(raw)) return undefined
  return raw
}

/**
 * The SQL a field reads from, with its bindings.
 */
function target(field: ListField): [string, unknown[]] {
  if (!field.json) return ['??', [field.column]]
  const casts = { number: '::numeric', date: '::timestamptz', boolean: '::boolean' } as const
  if (field.type === 'array') return [`(${field.column}->?)`, [field.json]]
  const cast = casts[field.type as keyof typeof casts] ?? ''
  if (field.jsonKey) return [`((${field.column}->?->>?)${cast})`, [field.json, field.jsonKey]]
  return [`((${field.column}->>?)${cast})`, [field.json]]
}

/**
 * The search term of `?q=`, trimmed ('' for none). The query-string parser
 * splits at commas: `q=Smith, John` arrives as an array.
 */
export function searchTermOf(q: unknown) {
  return (Array.isArray(q) ? q.join(',') : typeof q === 'string' ? q : '').trim()
}

export class ListQuery {
  /**
   * `searchColumn`: a stored, lowercased column joining the searchable
   * columns with newlines (migration 0034), searched with one `LIKE`
   * instead of an `ILIKE` per column. Searchable JSON keys (custom fields)
   * are still searched one by one.
   */
  constructor(
    readonly fields: Record<string, ListField>,
    readonly defaultSort: string,
    protected idColumn = 'id',
    protected searchColumn?: string
  ) {}

  /**
   * Applies sort, filters and search to the query; invalid or unknown ones
   * become one 422 with a localized error per parameter.
   */
  apply<Model extends LucidModel>(
    query: ModelQueryBuilderContract<Model>,
    qs: Record<string, unknown>,
    i18n: I18n
  ) {
    const problems: Problem[] = []
    this.applyFilters(query as unknown as Query, qs.filter, problems)
    this.applySearch(query as unknown as Query, qs.q)
    this.applySort(query as unknown as Query, qs.sort, problems)
    if (problems.length) {
      throw new errors.E_VALIDATION_ERROR(
        problems.map(({ field, rule }) => ({
          field,
          rule,
          message: i18n.t(`validator.shared.messages.${rule}`, { field }),
        }))
      )
    }
    return query
  }

  protected applySort(query: Query, sort: unknown, problems: Problem[]) {
    const keys = listOf(sort || this.defaultSort)
    let direction: 'asc' | 'desc' = 'asc'
    for (const key of keys) {
      const field = this.fields[key.replace(/^-/, '')]
      if (!field?.sortable) {
        problems.push({ field: 'sort', rule: 'unknownSort' })
        continue
      }
      direction = key.startsWith('-') ? 'desc' : 'asc'
      const [sql, bindings] = target(field)
      query.orderByRaw(`${sql} ${direction}`, bindings as any)
    }
    query.orderBy(this.idColumn, direction)
  }

  protected applySearch(query: Query, q: unknown) {
    const term = searchTermOf(q)
    const fields = Object.values(this.fields).filter((field) => field.searchable)
    if (!term || fields.length === 0) return
    const pattern = `%${likeEscaped(term)}%`
    const searchColumn = this.searchColumn
    const oneByOne = searchColumn ? fields.filter((field) => field.json) : fields
    query.where((group) => {
      if (searchColumn && oneByOne.length < fields.length) {
        // newlines separate the joined columns: a term never spans two
        group.orWhereRaw('?? LIKE lower(?)', [searchColumn, pattern.replace(/\n/g, ' ')])
      }
      for (const field of oneByOne) {
        const [sql, bindings] = target(field)
        group.orWhereRaw(`${sql} ILIKE ?`, [...bindings, pattern] as any)
      }
    })
  }

  protected applyFilters(query: Query, filter: unknown, problems: Problem[]) {
    if (filter === undefined) return
    if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
      problems.push({ field: 'filter', rule: 'unknownFilter' })
      return
    }
    for (const [name, condition] of Object.entries(this.flatten(filter))) {
      const field = this.fields[name]
      const param = `filter[${name}]`
      if (!field?.filterable) {
        problems.push({ field: param, rule: 'unknownFilter' })
        continue
      }
      const operations =
        typeof condition === 'object' && condition !== null && !Array.isArray(condition)
          ? Object.entries(condition)
          : [['eq', condition] as const]
      for (const [operator, raw] of operations) {
        const clause = this.condition(field, operator as Operator, raw)
        if (!clause) problems.push({ field: param, rule: 'invalidFilter' })
        else query.whereRaw(clause[0], clause[1] as any)
      }
    }
  }

  /**
   * `filter[custom.budget]=…` arrives from the query-string parser as
   * `{ custom: { budget: … } }`; dotted names are what fields are keyed by.
   */
  protected flatten(filter: object) {
    const flat: Record<string, unknown> = {}
    for (const [name, condition] of Object.entries(filter)) {
      if (name === 'custom' && typeof condition === 'object' && condition !== null) {
        for (const [key, value] of Object.entries(condition)) flat[`custom.${key}`] = value
      } else {
        flat[name] = condition
      }
    }
    return flat
  }

  /**
   * One condition as SQL; undefined when the operator or value does not fit.
   */
  protected condition(
    field: ListField,
    operator: Operator,
    raw: unknown
  ): [string, unknown[]] | undefined {
    if (!OPERATORS.includes(operator)) return undefined
    const [sql, bindings] = target(field)
    const isArray = field.type === 'array'
    if (operator === 'null') {
      if (raw !== 'true' && raw !== 'false') return undefined
      // a JSONB value may be a JSON null, which has no array length
      const empty = isArray
        ? field.json
          ? `(CASE WHEN jsonb_typeof(${sql}) = 'array' THEN jsonb_array_length(${sql}) ELSE 0 END) = 0`
          : `COALESCE(cardinality(${sql}), 0) = 0`
        : field.type === 'string'
          ? `COALESCE(${sql}::text, '') = ''`
          : `${sql} IS NULL`
      const twice = isArray && field.json !== undefined
      return [
        raw === 'true' ? empty : `NOT ${empty}`,
        twice ? [...bindings, ...bindings] : bindings,
      ]
    }
    const values = listOf(raw).map((value) => typed(field, value))
    if (values.length === 0 || values.some((value) => value === undefined)) return undefined
    const [first, second] = values as Value[]
    const single = values.length === 1
    const list = ARRAY_CASTS[field.type]

    if (isArray) {
      const overlap = field.json ? `jsonb_exists_any(${sql}, ?::text[])` : `${sql} && ?::text[]`
      if (operator === 'eq' && single) return [overlap, [...bindings, [first]]]
      if (operator === 'ne' && single)
        return [`NOT COALESCE(${overlap}, false)`, [...bindings, [first]]]
      if (operator === 'in') return [overlap, [...bindings, values]]
      if (operator === 'nin') return [`NOT COALESCE(${overlap}, false)`, [...bindings, values]]
      return undefined
    }
    switch (operator) {
      case 'eq':
        if (!single) return undefined
        if (field.json && !field.jsonKey && field.type !== 'date')
          return [`${field.column} @> ?::jsonb`, [JSON.stringify({ [field.json]: first })]]
        return [`${sql} = ?`, [...bindings, first]]
      case 'ne':
        return single ? [`${sql} IS DISTINCT FROM ?`, [...bindings, first]] : undefined
      case 'in':
        return [`${sql} = ANY(?::${list})`, [...bindings, values]]
      case 'nin':
        return [`NOT (${sql} = ANY(?::${list}))`, [...bindings, values]]
      case 'contains':
      case 'startsWith': {
        if (field.type !== 'string' || !single) return undefined
        const pattern = likeEscaped(String(first))
        return [
          `${sql} ILIKE ?`,
          [...bindings, operator === 'contains' ? `%${pattern}%` : `${pattern}%`],
        ]
      }
      case 'between':
        if (values.length !== 2 || !this.isOrdered(field)) return undefined
        return [`${sql} BETWEEN ? AND ?`, [...bindings, first, second]]
      default: {
        if (!this.isOrdered(field) || !single) return undefined
        const comparison = { gt: '>', gte: '>=', lt: '<', lte: '<=' }[operator]
        return [`${sql} ${comparison} ?`, [...bindings, first]]
      }
    }
  }

  protected isOrdered(field: ListField) {
    return field.type === 'number' || field.type === 'date'
  }
}
