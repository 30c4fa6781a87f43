import { errors } from '@vinejs/vine'
import type { I18n } from '@adonisjs/i18n'
import type { LucidModel, ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'

/**
 * How one field of a list can be sorted, filtered and searched through the
 * API's query string (`sort=-createdAt,name`, `filter[status]=new`,
 * `filter[value][gte]=1000`, `q=`). Fields not declared here are refused.
 */
export type ListField = {
  column: string
  type: 'string' | 'number' | 'date' | 'enum'
  values?: readonly string[]
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

function listOf(value: unknown) {
  return String(value)
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
}

function likeEscaped(value: string) {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`)
}

/**
 * A value as the field's type expects it, or undefined when it is not one.
 */
function typed(field: ListField, raw: string) {
  if (field.type === 'number') return Number.isFinite(Number(raw)) ? Number(raw) : undefined
  if (field.type === 'date') return Number.isNaN(Date.parse(raw)) ? undefined : new Date(raw)
  if (field.type === 'enum') return field.values?.includes(raw) ? raw : undefined
  return raw
}

export class ListQuery {
  constructor(
    protected fields: Record<string, ListField>,
    protected defaultSort: string
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
    this.applyFilters(query, qs.filter, problems)
    this.applySearch(query, qs.q)
    this.applySort(query, qs.sort, problems)
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

  protected applySort(
    query: ModelQueryBuilderContract<LucidModel>,
    sort: unknown,
    problems: Problem[]
  ) {
    const keys = listOf(sort ?? this.defaultSort)
    for (const key of keys) {
      const name = key.replace(/^-/, '')
      const field = this.fields[name]
      if (!field?.sortable) {
        problems.push({ field: 'sort', rule: 'unknownSort' })
        continue
      }
      query.orderBy(field.column, key.startsWith('-') ? 'desc' : 'asc')
    }
    query.orderBy('id', 'asc')
  }

  protected applySearch(query: ModelQueryBuilderContract<LucidModel>, q: unknown) {
    const term = typeof q === 'string' ? q.trim() : ''
    const columns = Object.values(this.fields).filter((field) => field.searchable)
    if (!term || columns.length === 0) return
    query.where((group) => {
      for (const field of columns) {
        group.orWhereILike(field.column, `%${likeEscaped(term)}%`)
      }
    })
  }

  protected applyFilters(
    query: ModelQueryBuilderContract<LucidModel>,
    filter: unknown,
    problems: Problem[]
  ) {
    if (filter === undefined) return
    if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
      problems.push({ field: 'filter', rule: 'unknownFilter' })
      return
    }
    for (const [name, condition] of Object.entries(filter)) {
      const field = this.fields[name]
      const param = `filter[${name}]`
      if (!field?.filterable) {
        problems.push({ field: param, rule: 'unknownFilter' })
        continue
      }
      const operations =
        typeof condition === 'object' && condition !== null
          ? Object.entries(condition)
          : [['eq', condition] as const]
      for (const [operator, raw] of operations) {
        if (!this.where(query, field, operator as Operator, raw)) {
          problems.push({ field: param, rule: 'invalidFilter' })
        }
      }
    }
  }

  /**
   * Adds one condition; false when the operator or value does not fit.
   */
  protected where(
    query: ModelQueryBuilderContract<LucidModel>,
    field: ListField,
    operator: Operator,
    raw: unknown
  ) {
    if (!OPERATORS.includes(operator)) return false
    const column = field.column
    if (operator === 'null') {
      if (raw !== 'true' && raw !== 'false') return false
      if (raw === 'true') query.whereNull(column)
      else query.whereNotNull(column)
      return true
    }
    const values = listOf(raw).map((value) => typed(field, value))
    if (values.length === 0 || values.some((value) => value === undefined)) return false
    const [first, second] = values
    switch (operator) {
      case 'eq':
        query.where(column, first!)
        return values.length === 1
      case 'ne':
        query.whereNot(column, first!)
        return values.length === 1
      case 'in':
        query.whereIn(column, values as (string | number | Date)[])
        return true
      case 'nin':
        query.whereNotIn(column, values as (string | number | Date)[])
        return true
      case 'between':
        if (values.length !== 2 || field.type === 'string' || field.type === 'enum') return false
        query.whereBetween(column, [first!, second!])
        return true
      case 'contains':
      case 'startsWith':
        if (field.type !== 'string') return false
        query.whereILike(
          column,
          operator === 'contains'
            ? `%${likeEscaped(String(first))}%`
            : `${likeEscaped(String(first))}%`
        )
        return true
      default: {
        if (field.type === 'string' || field.type === 'enum') return false
        const sql = { gt: '>', gte: '>=', lt: '<', lte: '<=' }[operator]
        query.where(column, sql, first!)
        return values.length === 1
      }
    }
  }
}
