import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import User from '#identity/models/user'
import { LastOwnerException } from '#identity/errors'

/**
 * An agency always keeps one active owner. The active owners stay locked
 * until `trx` ends, so two owners demoting (or deleting) each other at once
 * cannot both pass: the second sees the first's change.
 */
export async function ensureNotLastOwner(target: User, trx: TransactionClientContract) {
  const owners = await User.query({ client: trx })
    .where('organization_id', target.organizationId)
    .where('role', 'owner')
    .where('status', 'active')
    .forUpdate()
    .select('id')
  if (!owners.some((owner) => owner.id !== target.id)) throw new LastOwnerException()
}
