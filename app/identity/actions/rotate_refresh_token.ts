import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import User from '#identity/models/user'
import { recordSecurityEvent } from '#core/audit/audit'
import { AccountDisabledException, InvalidRefreshTokenException } from '#identity/errors'
import { hashRefreshToken, issueTokenPair, type Device } from '#identity/actions/issue_token_pair'
import { revokeTokenFamily } from '#identity/actions/revoke_credentials'

/**
 * Spends a refresh token and issues the next pair of its family. Spending is
 * one conditional UPDATE, so two concurrent uses cannot both succeed. A token
 * that was already spent or revoked coming back means it leaked: the whole
 * family dies.
 */
export async function rotateRefreshToken(value: string, device: Device) {
  const hash = hashRefreshToken(value)
  const now = DateTime.now().toSQL()
  const [spent] = await db
    .from('refresh_tokens')
    .where('hash', hash)
    .whereNull('used_at')
    .whereNull('revoked_at')
    .where('expires_at', '>', now)
    .update({ used_at: now, updated_at: now })
    .returning(['user_id', 'family_id', 'access_token_id', 'device_name'])

  if (!spent) {
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

  const user = await User.findOrFail(spent.user_id)
  if (!user.isActive) {
    await revokeTokenFamily(spent.family_id)
    throw new AccountDisabledException()
  }
  if (spent.access_token_id) {
    await db.from('auth_access_tokens').where('id', spent.access_token_id).delete()
  }
  return issueTokenPair(
    user,
    { ...device, name: device.name ?? spent.device_name },
    spent.family_id
  )
}
