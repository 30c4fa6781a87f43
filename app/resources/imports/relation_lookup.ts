import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { relationSource } from '#resources/engine/relation_titles'
import type { ResolvedField } from '#resources/engine/resource_fields'
import { parseNumber } from '#resources/imports/cell_values'

/**
 * What a relation cell points at: a record id, nothing the organization has,
 * or several records with that title.
 */
export type RelationMatch = number | 'missing' | 'ambiguous'

/**
 * Resolves the relation cells of one batch, by id or by title (a user also
 * by e-mail), case-insensitively: one query per relation field, whatever
 * the number of rows. Tenant scoping applies like to any other query.
 */
export async function resolveRelations(
  field: ResolvedField,
  cells: string[],
  trx?: TransactionClientContract
) {
  const source = relationSource(field.target!)
  const model = source.model as any
  const titleColumn = model.$getColumn(source.title)?.columnName ?? source.title
  const ids = new Set<number>()
  const titles = new Set<string>()
  for (const cell of cells) {
    const id = parseNumber(cell)
    if (id !== undefined && Number.isSafeInteger(id) && id > 0) ids.add(id)
    titles.add(cell.trim().toLowerCase())
  }
  const matches = new Map<string, RelationMatch>()
  if (ids.size === 0 && titles.size === 0) return matches

  const byEmail = field.target === 'users'
  const query = model.query(trx ? { client: trx } : undefined).select('id', titleColumn)
  if (byEmail) query.select('email')
  if (source.live) query.whereNull('deleted_at')
  query.where((scope: any) => {
    if (ids.size) scope.whereIn('id', [...ids])
    scope.orWhereIn(db.raw('lower(??)', [titleColumn]), [...titles])
    if (byEmail) scope.orWhereIn(db.raw('lower(email)'), [...titles])
  })
  const rows: { id: number; [key: string]: unknown }[] = await query

  const byId = new Set(rows.map((row) => Number(row.id)))
  const byTitle = new Map<string, number[]>()
  const add = (name: unknown, id: number) => {
    if (typeof name !== 'string') return
    const key = name.trim().toLowerCase()
    const list = byTitle.get(key) ?? []
    if (!list.includes(id)) list.push(id)
    byTitle.set(key, list)
  }
  for (const row of rows) {
    add(row[source.title], Number(row.id))
    if (byEmail) add(row.email, Number(row.id))
  }
  for (const cell of cells) {
    const id = parseNumber(cell)
    if (id !== undefined && byId.has(id)) {
      matches.set(cell, id)
      continue
    }
    const found = byTitle.get(cell.trim().toLowerCase()) ?? []
    matches.set(cell, found.length === 1 ? found[0] : found.length ? 'ambiguous' : 'missing')
  }
  return matches
}
