import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import User from '#identity/models/user'
import { recordSecurityEvent } from '#core/audit/audit'
import { AccountDisabledException, InvalidRefreshTokenException } from '#identity/errors'
import { hashRefreshToken, issueTokenPair, type Device } from '#identity/actions/issue_token_pair'
import { revokeTokenFamily } from '#identity/actions/revoke_credentials'

/**
 * Spends a refresh token and issues the next pair of its family, in one
 * transaction. Spending is one conditional UPDATE, so two concurrent uses
 * cannot both succeed, and the loser waits on the winner's row lock until
 * the new pair is committed. A token that was already spent or revoked
 * coming back means it leaked: the whole family dies, the pair just issued
 * included.
 */
export async function rotateRefreshToken(value: string, device: Device) {
  const hash = hashRefreshToken(value)
  const rotated = await db.transaction(async (trx) => {
    const now = DateTime.now().toSQL()
    const [spent] = await trx
      .from('refresh_tokens')
      .where('hash', hash)
      .whereNull('used_at')
      .whereNull('revoked_at')
      .where('expires_at', '>', now)
      .update({ used_at: now, updated_at: now })
      .returning(['user_id', 'family_id', 'access_token_id', 'device_name'])
    if (!spent) return null
    const user = await User.findOrFail(spent.user_id, { client: trx })
    if (!user.isActive) return { disabled: spent.family_id as string }
    if (spent.access_token_id) {
      await trx.from('auth_access_tokens').where('id', spent.access_token_id).delete()
    }
    const name = device.name ?? spent.device_name
    return { pair: await issueTokenPair(user, { ...device, name }, spent.family_id, trx) }
  })

  if (rotated && 'pair' in rotated) return rotated.pair
  if (rotated) {
    await revokeTokenFamily(rotated.disabled)
    throw new AccountDisabledException()
  }
  const known = await db.from('refresh_tokens').where('hash', hash).first()
  if (known && (known.used_at || known.revoked_at)) {
    await revokeTokenFamily(known.family_id)
    await recordSecurityEvent({
      event: 'refresh_token_reuse',
      user: { id: known.user_id, organizationId: known.organization_id },
      details: { familyId: known.family_id },
    })
  }
  throw new InvalidRefreshTokenException()
}
