import User from '#identity/models/user'
import { tenantContext } from '#core/tenancy/tenant_context'
import type { Role } from '#identity/roles'

/**
 * The active users of an organization with one of these roles.
 */
export async function usersWithRole(organizationId: number, roles: Role[]) {
  const users = await tenantContext.run(organizationId, () =>
    User.query().whereIn('role', roles).where('status', 'active').select('id')
  )
  return users.map((user) => user.id)
}

/**
 * Everyone but the one who acted: nobody is told about their own doing.
 */
export function exceptActor(ids: (number | null | undefined)[], actor: { id: number } | null) {
  return ids.filter((id): id is number => typeof id === 'number' && id !== actor?.id)
}
