import type User from '#identity/models/user'
import type { Role } from '#identity/roles'

/**
 * The permission matrix: features × actions, with each role's defaults. One
 * vocabulary for the whole app; resources add their features here as they
 * arrive.
 */
const RESOURCE_ACTIONS = [
  'viewAny',
  'view',
  'create',
  'update',
  'delete',
  'export',
  'import',
  'restore',
] as const

export const FEATURES = {
  contacts: RESOURCE_ACTIONS,
  companies: RESOURCE_ACTIONS,
  users: ['viewAny', 'view', 'create', 'update', 'delete'],
  team: ['viewAny'],
  dashboard: ['view'],
  audit: ['viewAny'],
  security: ['viewAny'],
  organization: ['view', 'update'],
} as const

export type Feature = keyof typeof FEATURES
export type Permission = {
  [F in Feature]: `${F}.${(typeof FEATURES)[F][number]}`
}[Feature]

export const PERMISSIONS = Object.entries(FEATURES).flatMap(([feature, actions]) =>
  actions.map((action) => `${feature}.${action}` as Permission)
)

function resourceDefaults<F extends 'contacts' | 'companies'>(
  feature: F,
  actions: (typeof RESOURCE_ACTIONS)[number][]
) {
  return actions.map((action) => `${feature}.${action}` as Permission)
}

const ROLE_DEFAULTS: Record<Role, readonly Permission[]> = {
  owner: PERMISSIONS,
  admin: PERMISSIONS,
  manager: [
    'dashboard.view',
    'team.viewAny',
    'users.viewAny',
    'users.view',
    ...resourceDefaults('contacts', [
      'viewAny',
      'view',
      'create',
      'update',
      'delete',
      'export',
      'import',
    ]),
    ...resourceDefaults('companies', [
      'viewAny',
      'view',
      'create',
      'update',
      'delete',
      'export',
      'import',
    ]),
  ],
  broker: [
    'dashboard.view',
    ...resourceDefaults('contacts', ['viewAny', 'view', 'create', 'update']),
    ...resourceDefaults('companies', ['viewAny', 'view', 'create', 'update']),
  ],
}

/**
 * Role defaults plus the user's own grants (which must be loaded).
 */
export function effectivePermissions(user: User): Permission[] {
  const granted = (user.grants ?? []).map((grant) => grant.permission as Permission)
  return [...new Set([...ROLE_DEFAULTS[user.role], ...granted])]
}

export async function hasPermission(user: User, permission: Permission) {
  if (ROLE_DEFAULTS[user.role].includes(permission)) return true
  if (!user.$preloaded.grants) await user.load('grants')
  return effectivePermissions(user).includes(permission)
}

/**
 * What a token may be limited to: reading or writing one feature. App tokens
 * hold "*"; personal tokens hold a chosen few.
 */
export const TOKEN_ABILITIES = [
  ...Object.keys(FEATURES).flatMap((feature) => [`${feature}:read`, `${feature}:write`]),
  'me:write',
] as const
