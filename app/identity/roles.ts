/**
 * Roles, highest first. A role may do everything the roles below it may.
 */
export const ROLES = ['owner', 'admin', 'manager', 'broker'] as const
export type Role = (typeof ROLES)[number]

export const USER_STATUSES = ['active', 'disabled'] as const
export type UserStatus = (typeof USER_STATUSES)[number]

export function roleAtLeast(role: Role, minimum: Role) {
  return ROLES.indexOf(role) <= ROLES.indexOf(minimum)
}
