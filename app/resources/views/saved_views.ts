import db from '@adonisjs/lucid/services/db'
import type User from '#identity/models/user'
import { roleAtLeast } from '#identity/roles'
import { recordAudit } from '#core/audit/audit'
import SavedView, { type ViewState } from '#resources/models/saved_view'

/**
 * The views a user can pick for a resource: their own and the shared ones.
 */
export async function viewsFor(user: User, resource: string) {
  const views = await SavedView.query()
    .where('resource', resource)
    .where((scope) => scope.where('user_id', user.id).orWhere('shared', true))
    .orderBy('name', 'asc')
  const chosen = await db
    .from('default_views')
    .where({ user_id: user.id, resource })
    .select('saved_view_id')
    .first()
  const defaultId = (chosen?.saved_view_id as number | undefined) ?? null
  return {
    views: views.map((view) => ({
      id: view.id,
      name: view.name,
      shared: view.shared,
      mine: view.userId === user.id,
      state: view.state,
    })),
    defaultId: views.some((view) => view.id === defaultId) ? defaultId : null,
  }
}

/**
 * Only managers and above share views with the whole agency.
 */
export function maySetShared(user: User) {
  return roleAtLeast(user.role, 'manager')
}

/**
 * A view its author may change: their own, or (admins) a shared one.
 */
export async function editableView(user: User, resource: string, id: number) {
  const view = await SavedView.query().where('resource', resource).where('id', id).firstOrFail()
  if (view.userId === user.id || (view.shared && roleAtLeast(user.role, 'admin'))) return view
  return null
}

export async function visibleView(user: User, resource: string, id: number) {
  return SavedView.query()
    .where('resource', resource)
    .where('id', id)
    .where((scope) => scope.where('user_id', user.id).orWhere('shared', true))
    .firstOrFail()
}

export async function saveView(
  user: User,
  resource: string,
  input: { name: string; shared?: boolean; state: ViewState },
  existing?: SavedView
) {
  const view = existing ?? new SavedView()
  view.merge({
    resource,
    name: input.name,
    shared: maySetShared(user) ? (input.shared ?? false) : false,
    state: input.state,
  })
  if (!existing) view.userId = user.id
  await view.save()
  await recordAudit({
    action: existing ? 'saved_views.updated' : 'saved_views.created',
    entity: { type: 'saved_view', id: view.id },
    changes: { after: { name: view.name, shared: view.shared, resource } },
  })
  return view
}

export async function setDefaultView(user: User, resource: string, viewId: number | null) {
  await db.from('default_views').where({ user_id: user.id, resource }).delete()
  if (viewId !== null) {
    await db.table('default_views').insert({ user_id: user.id, resource, saved_view_id: viewId })
  }
}

/**
 * A saved view as the list's query string.
 */
export function viewQueryString(view: SavedView) {
  const { filter, sort, q, columns, perPage, density } = view.state
  return {
    ...(filter ? { filter } : {}),
    ...(sort ? { sort } : {}),
    ...(q ? { q } : {}),
    ...(columns?.length ? { columns: columns.join(',') } : {}),
    ...(perPage ? { perPage } : {}),
    ...(density ? { density } : {}),
    view: view.id,
  }
}
