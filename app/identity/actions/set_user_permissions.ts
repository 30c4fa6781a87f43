import db from '@adonisjs/lucid/services/db'
import type User from '#identity/models/user'
import UserPermission from '#identity/models/user_permission'
import type { Permission } from '#identity/permissions'
import { recordAudit } from '#core/audit/audit'

/**
 * Replaces a user's extra grants with the given set. `user.grants` must be
 * loaded; it is reloaded after.
 */
export async function setUserPermissions(user: User, permissions: Permission[], grantedBy: User) {
  const before = user.grants.map((grant) => grant.permission).sort()
  await db.transaction(async (trx) => {
    await UserPermission.query({ client: trx }).where('user_id', user.id).delete()
    await UserPermission.createMany(
      permissions.map((permission) => ({
        organizationId: user.organizationId,
        userId: user.id,
        permission,
        grantedById: grantedBy.id,
      })),
      { client: trx }
    )
  })
  await user.load('grants')
  await recordAudit({
    action: 'user.permissions_changed',
    entity: { type: 'user', id: user.id },
    changes: { before: { grants: before }, after: { grants: [...permissions].sort() } },
  })
}
