import type { Role } from '#identity/roles'

/**
 * The permission matrix: features × actions, with each role's defaults. One
 * vocabulary for the whole app; resources add their features here as they
 * arrive.
 */
export const FEATURES = {
  users: ['viewAny', 'view', 'create', 'update', 'delete'],
  team: ['viewAny'],
  dashboard: ['view'],
  audit: ['viewAny'],
  security: ['viewAny'],
} as const

export type Feature = keyof typeof FEATURES
export type Permission = {
  [F in Feature]: `${F}.${(typeof FEATURES)[F][number]}`
}[Feature]

const everything = Object.entries(FEATURES).flatMap(([feature, actions]) =>
  actions.map((action) => `${feature}.${action}` as Permission)
)

const ROLE_DEFAULTS: Record<Role, readonly Permission[]> = {
  owner: everything,
  admin: everything,
  manager: ['dashboard.view', 'team.viewAny', 'users.viewAny', 'users.view'],
  broker: ['dashboard.view'],
}

export function permissionsFor(user: { role: Role }): Permission[] {
  return [...ROLE_DEFAULTS[user.role]]
}

export function can(user: { role: Role }, permission: Permission) {
  return ROLE_DEFAULTS[user.role].includes(permission)
}
