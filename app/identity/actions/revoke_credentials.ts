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
 * What the caller is using right now, when it must survive (a password
 * change keeps the device that made it signed in).
 */
type Keep = { sessionId?: string; accessTokenId?: number }

/**
 * Everything a user is signed in with: web sessions and remember-me tokens,
 * access tokens (personal ones included) and refresh tokens.
 */
export async function revokeAllCredentials(userId: number, keep: Keep = {}) {
  const keptFamily = keep.accessTokenId
    ? await db.from('refresh_tokens').where('access_token_id', keep.accessTokenId).first()
    : null

  await db
    .from('refresh_tokens')
    .where('user_id', userId)
    .whereNull('revoked_at')
    .if(keptFamily, (query) => query.whereNot('family_id', keptFamily.family_id))
    .update({ revoked_at: DateTime.now().toSQL() })
  await db
    .from('auth_access_tokens')
    .where('tokenable_id', userId)
    .if(keep.accessTokenId, (query) => query.whereNot('id', keep.accessTokenId!))
    .delete()
  await db.from('remember_me_tokens').where('tokenable_id', userId).delete()

  const sessions = await app.container.make(SessionCollection)
  if (!sessions.supportsTagging()) return
  for (const session of await sessions.tagged(String(userId))) {
    if (session.id !== keep.sessionId) await sessions.destroy(session.id)
  }
}
