import { createHash, randomBytes } from 'node:crypto'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import User from '#identity/models/user'

export type AccountTokenPurpose = 'password_reset' | 'email_verification'

export function hashToken(value: string) {
  return createHash('sha256').update(value).digest('hex')
}

export function randomToken() {
  return randomBytes(32).toString('base64url')
}

/**
 * Single-use links mailed to a user. Only the hash is stored; spending one
 * is a conditional UPDATE, so it works exactly once.
 */
export const accountTokens = {
  async issue(user: User, purpose: AccountTokenPurpose, ttl: { minutes: number }) {
    const token = randomToken()
    await db.table('account_tokens').insert({
      user_id: user.id,
      purpose,
      hash: hashToken(token),
      expires_at: DateTime.now().plus(ttl).toJSDate(),
      created_at: new Date(),
    })
    return token
  },

  async consume(token: string, purpose: AccountTokenPurpose) {
    const [spent] = await db
      .from('account_tokens')
      .where('hash', hashToken(token))
      .where('purpose', purpose)
      .whereNull('used_at')
      .where('expires_at', '>', new Date())
      .update({ used_at: new Date() })
      .returning(['user_id'])
    return spent ? User.find(spent.user_id) : null
  },
}
