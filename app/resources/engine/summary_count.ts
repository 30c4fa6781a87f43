import db from '@adonisjs/lucid/services/db'
import { prepared } from '#core/query/prepared'
import { searchTermOf } from '#core/query/list_query'
import type { ResourceContext } from '#resources/engine/resource_context'

/**
 * The values a list is filtered to when its only filter is `field`, as
 * `filter[field]=a` or `filter[field][in]=a,b` (`[]` for no filter at all);
 * undefined for any other filter. The values are the ones the list query
 * has already validated.
 */
function filteredValues(filter: unknown, field: string): string[] | undefined {
  if (filter === undefined) return []
  if (typeof filter !== 'object' || filter === null) return undefined
  const names = Object.keys(filter)
  if (names.length !== 1 || names[0] !== field) return undefined
  const condition = (filter as Record<string, unknown>)[field]
  if (typeof condition === 'string') return [condition]
  if (typeof condition !== 'object' || condition === null || Array.isArray(condition)) return
  const operations = Object.entries(condition)
  if (operations.length !== 1 || typeof operations[0][1] !== 'string') return undefined
  const [operator, value] = operations[0] as [string, string]
  if (operator === 'eq') return [value]
  if (operator === 'in')
    return value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean)
  return undefined
}

/**
 * The exact total of a list from the resource's maintained counts
 * (`countedIn`), when they answer it: the whole organization's live
 * records (no trash, no ownership scope, no search), filtered by nothing
 * or by the counted field's values only. Undefined otherwise: the list
 * counts its rows.
 */
export async function summaryTotal(
  context: ResourceContext,
  qs: Record<string, any>,
  trash: boolean | undefined
) {
  const counted = context.resource.countedIn
  if (!counted || trash || context.isOwnershipScoped) return undefined
  if (searchTermOf(qs.q) !== '') return undefined
  const values = filteredValues(qs.filter, counted.field)
  if (!values) return undefined
  const column = context.fieldColumn(counted.field)
  const sql =
    `SELECT COALESCE(sum("count"), 0)::int AS total FROM "${counted.table}" ` +
    `WHERE "organization_id" = ?${values.length ? ` AND "${column}" = ANY(?::text[])` : ''}`
  const organizationId = context.user.organizationId
  const bindings = values.length ? [organizationId, values] : [organizationId]
  const name = `nova_total_${counted.table}${values.length ? `_${column}` : ''}`
  const result = await prepared(db.rawQuery(sql, bindings), name)
  return result.rows[0].total as number
}
