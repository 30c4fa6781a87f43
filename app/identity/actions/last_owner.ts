import User from '#identity/models/user'
import { LastOwnerException } from '#identity/errors'

/**
 * An agency always keeps one active owner.
 */
export async function ensureNotLastOwner(target: User) {
  const owners = await User.query()
    .where('organization_id', target.organizationId)
    .where('role', 'owner')
    .where('status', 'active')
    .whereNot('id', target.id)
    .count('* as total')
  if (Number(owners[0].$extras.total) === 0) throw new LastOwnerException()
}
