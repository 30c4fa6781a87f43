import db from '@adonisjs/lucid/services/db'
import type User from '#identity/models/user'
import type { Role, UserStatus } from '#identity/roles'
import { diff, recordAudit } from '#core/audit/audit'
import { revokeAllCredentials } from '#identity/actions/revoke_credentials'
import { ensureNotLastOwner } from '#identity/actions/last_owner'
import { dispatchEvents, requestActor } from '#core/events/domain_events'
import { UserRoleChanged } from '#identity/events/user_events'

type Changes = { name?: string; role?: Role; status?: UserStatus }

/**
 * Renames, changes the role or status of a user. Disabling cuts every
 * session and token at once.
 */
export async function updateUser(target: User, changes: Changes) {
  const before = { name: target.name, role: target.role, status: target.status }
  const losesOwnership =
    target.role === 'owner' &&
    ((changes.role && changes.role !== 'owner') || changes.status === 'disabled')
  await db.transaction(async (trx) => {
    if (losesOwnership) await ensureNotLastOwner(target, trx)
    target.useTransaction(trx)
    target.merge(changes)
    await target.save()
  })
  if (before.status === 'active' && target.status === 'disabled') {
    await revokeAllCredentials(target.id)
  }

  const changed = diff(before, { name: target.name, role: target.role, status: target.status })
  if (changed) {
    await recordAudit({
      action: changes.role && changes.role !== before.role ? 'user.role_changed' : 'user.updated',
      entity: { type: 'user', id: target.id },
      changes: changed,
    })
  }
  if (before.role !== target.role) {
    const user = { id: target.id, organizationId: target.organizationId, name: target.name }
    await dispatchEvents(new UserRoleChanged(user, before.role, target.role, requestActor()))
  }
  return target
}
