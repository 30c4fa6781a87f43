import User from '#identity/models/user'
import { recordAudit } from '#core/audit/audit'

type NewToken = { name: string; abilities: string[]; expiresAt?: Date }

/**
 * A personal access token; its value exists only in the returned object.
 */
export async function createPersonalToken(user: User, { name, abilities, expiresAt }: NewToken) {
  const expiresIn = expiresAt ? Math.ceil((expiresAt.getTime() - Date.now()) / 1000) : undefined
  const token = await User.personalTokens.create(user, abilities, { name, expiresIn })
  await recordAudit({
    action: 'auth.token_created',
    entity: { type: 'personal_token', id: String(token.identifier) },
    changes: { after: { name, abilities } },
  })
  return token
}

/**
 * Returns false when the user has no such token.
 */
export async function revokePersonalToken(user: User, id: number) {
  const deleted = await User.personalTokens.delete(user, id)
  if (!deleted) return false
  await recordAudit({ action: 'auth.token_revoked', entity: { type: 'personal_token', id } })
  return true
}
