import type { ResourceMeta } from '~/types/resources'

export type ResourceAction =
  | 'index'
  | 'create'
  | 'store'
  | 'bulk'
  | 'views.store'
  | 'views.update'
  | 'views.destroy'
  | 'views.default'
  | 'show'
  | 'edit'
  | 'update'
  | 'destroy'
  | 'restore'

/**
 * The name of one of a resource's admin routes. Every resource registers
 * the same routes (app/resources/admin_routes.ts), so the contacts' route
 * types stand for all of them: same parameters, same bodies.
 */
export function resourceRoute<Action extends ResourceAction>(
  resource: Pick<ResourceMeta, 'routeKey'>,
  action: Action
) {
  return `admin.${resource.routeKey}.${action}` as `admin.contacts.${Action}`
}
