import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import app from '@adonisjs/core/services/app'
import { SessionCollection } from '@adonisjs/session'

/**
 * Revokes every refresh token of a family and the access tokens they issued.
 */
export async function revokeTokenFamily(familyId: string) {
  const accessTokenIds = await db
    .from('refresh_tokens')
    .where('family_id', familyId)
    .whereNotNull('access_token_id')
    .select('access_token_id')
  await db
    .from('refresh_tokens')
    .where('family_id', familyId)
    .whereNull('revoked_at')
    .update({ revoked_at: DateTime.now().toSQL() })
  await db
    .from('auth_access_tokens')
    .whereIn(
      'id',
      accessTokenIds.map((row) => row.access_token_id)
    )
    .delete()
}

/**
 * Everything a user is signed in with: web sessions and remember-me tokens,
 * access tokens (personal ones included) and refresh tokens. `except` keeps the caller's
 * own web session alive (password change from the admin panel).
 */
export async function revokeAllCredentials(userId: number, except: { sessionId?: string } = {}) {
  await db
    .from('refresh_tokens')
    .where('user_id', userId)
    .whereNull('revoked_at')
    .update({ revoked_at: DateTime.now().toSQL() })
  await db.from('auth_access_tokens').where('tokenable_id', userId).delete()
  await db.from('remember_me_tokens').where('tokenable_id', userId).delete()

  const sessions = await app.container.make(SessionCollection)
  if (!sessions.supportsTagging()) return
  for (const session of await sessions.tagged(String(userId))) {
    if (session.id !== except.sessionId) await sessions.destroy(session.id)
  }
}
