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
  leads: [...RESOURCE_ACTIONS, 'convert'],
  deals: [...RESOURCE_ACTIONS, 'move'],
  dealStages: RESOURCE_ACTIONS,
  tasks: RESOURCE_ACTIONS,
  activities: RESOURCE_ACTIONS,
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

type Action<F extends Feature> = (typeof FEATURES)[F][number]

function allow<F extends Feature>(feature: F, actions: readonly Action<F>[]) {
  return actions.map((action) => `${feature}.${action}` as Permission)
}

/** Everything on a record type but emptying the trash. */
const RUN = ['viewAny', 'view', 'create', 'update', 'delete', 'export', 'import'] as const
/** A broker's daily work: see and change their own records. */
const WORK = ['viewAny', 'view', 'create', 'update'] as const

const ROLE_DEFAULTS: Record<Role, readonly Permission[]> = {
  owner: PERMISSIONS,
  admin: PERMISSIONS,
  manager: [
    'dashboard.view',
    'team.viewAny',
    'users.viewAny',
    'users.view',
    ...allow('leads', [...RUN, 'convert']),
    ...allow('deals', [...RUN, 'move']),
    ...allow('dealStages', ['viewAny', 'view']),
    ...allow('tasks', RUN),
    ...allow('activities', RUN),
    ...allow('contacts', RUN),
    ...allow('companies', RUN),
  ],
  broker: [
    'dashboard.view',
    ...allow('leads', [...WORK, 'convert']),
    ...allow('deals', [...WORK, 'move']),
    ...allow('dealStages', ['viewAny', 'view']),
    ...allow('tasks', WORK),
    ...allow('activities', WORK),
    ...allow('contacts', WORK),
    ...allow('companies', WORK),
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
