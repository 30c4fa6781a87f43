import db from '@adonisjs/lucid/services/db'
import type User from '#identity/models/user'
import { ensureNotLastOwner } from '#identity/actions/last_owner'
import { recordAudit } from '#core/audit/audit'

/**
 * Removes a user (their tokens and sessions go with them); an agency keeps
 * its last owner.
 */
export async function deleteUser(target: User) {
  await db.transaction(async (trx) => {
    if (target.role === 'owner') await ensureNotLastOwner(target, trx)
    target.useTransaction(trx)
    await target.delete()
  })
  await recordAudit({
    action: 'user.deleted',
    entity: { type: 'user', id: target.id },
    changes: { before: { name: target.name, email: target.email, role: target.role } },
  })
}
