import type { LucidRow } from '@adonisjs/lucid/types/model'
import User from '#identity/models/user'
import { findResource } from '#resources/registry'
import type { ResolvedField } from '#resources/engine/resource_fields'

export type RelationSummary = { id: number; title: string }
export type RelationTitles = Map<string, Map<number, string>>

/** The user acting: their own name needs no query. */
type Actor = { id: number; name: string }

/**
 * Where a relation field's titles come from: a resource's title field, or a
 * user's name (and the resource, whose reach rules apply to links).
 */
export function relationSource(target: string, locale = 'en') {
  if (target === 'users') return { model: User, title: 'name', live: false, resource: undefined }
  const resource = findResource(target)
  if (!resource) throw new Error(`Unknown relation target "${target}"`)
  const localized = resource.localizedTitle
  const title = localized ? (locale === 'ar' ? localized.ar : localized.en) : resource.titleField
  return { model: resource.model, title, live: true, resource }
}

/**
 * The titles of every related record a page of rows points at: one query
 * per target (owner and assignee are both users: one query), whatever the
 * number of rows (no N+1). Tenant scoping applies to these lookups like to
 * any other. Titles are keyed by target.
 */
export async function loadRelationTitles(
  rows: LucidRow[],
  fields: ResolvedField[],
  locale = 'en',
  actor?: Actor
) {
  const wanted = new Map<string, Set<number>>()
  for (const field of fields) {
    if (field.type !== 'relation' || !field.target || field.archived) continue
    const ids = wanted.get(field.target) ?? new Set<number>()
    for (const row of rows) {
      const value = field.customKey
        ? (row as any).custom?.[field.customKey]
        : (row as any)[field.key]
      if (typeof value === 'number') ids.add(value)
    }
    wanted.set(field.target, ids)
  }
  return titlesFor(wanted, locale, actor)
}

/**
 * The titles of the records given by id, per target: one query each,
 * tenant scoped like every model query (titles are plain text columns,
 * read without building models). The acting user's name is at hand, so
 * records that point only at them (a broker's own) need no query.
 */
export async function titlesFor(wanted: Map<string, Set<number>>, locale = 'en', actor?: Actor) {
  const titles: RelationTitles = new Map()
  for (const [target, ids] of wanted) {
    if (ids.size === 0) continue
    const known = new Map<number, string>()
    if (target === 'users' && actor && ids.has(actor.id)) known.set(actor.id, actor.name)
    const missing = [...ids].filter((id) => !known.has(id))
    if (missing.length > 0) {
      const source = relationSource(target, locale)
      const column = (source.model as any).$getColumn(source.title)?.columnName ?? source.title
      const related: Record<string, unknown>[] = await source.model
        .query()
        .select('id', column)
        .whereIn('id', missing)
        .pojo()
      for (const row of related) known.set(row.id as number, String(row[column] ?? ''))
    }
    titles.set(target, known)
  }
  return titles
}

export function relationSummary(
  titles: RelationTitles,
  field: ResolvedField,
  id: unknown
): RelationSummary | null {
  if (typeof id !== 'number') return null
  const title = field.target ? titles.get(field.target)?.get(id) : undefined
  return title === undefined ? null : { id, title }
}
