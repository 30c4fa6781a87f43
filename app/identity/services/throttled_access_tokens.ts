import { AccessToken, DbAccessTokensProvider } from '@adonisjs/auth/access_tokens'
import type { Secret } from '@adonisjs/core/helpers'
import type { LucidModel } from '@adonisjs/lucid/types/model'

const MARK_EVERY_MS = 60_000

/** Where a token's row is: its table, identifier and type. */
export type TokenRowKey = { table: string; id: string | number; type: string }
export type TokenRowLoader = (key: TokenRowKey) => Promise<Record<string, any> | null | undefined>

/**
 * Access tokens as AdonisJS stores them, except that a use is recorded
 * (`last_used_at`, shown in the devices list) at most once a minute and
 * only after the secret checked out: the stock provider writes a row on
 * every API call, even for a wrong secret.
 */
export class ThrottledAccessTokensProvider<
  TokenableModel extends LucidModel,
> extends DbAccessTokensProvider<TokenableModel> {
  /**
   * `loadRow` reads the token's row when the caller wants more read along
   * with it (the guard reads its user in the same query).
   */
  async verify(tokenValue: Secret<string>, loadRow?: TokenRowLoader) {
    const decoded = AccessToken.decode(this.prefix, tokenValue.release())
    if (!decoded) return null
    const db = await this.getDb()
    const row = loadRow
      ? await loadRow({ table: this.table, id: decoded.identifier, type: this.type })
      : await db.query().from(this.table).where({ id: decoded.identifier, type: this.type }).first()
    if (!row) return null
    const token = this.dbRowToAccessToken(row)
    if (!token.verify(decoded.secret) || token.isExpired()) return null

    const now = new Date()
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > MARK_EVERY_MS) {
      await db.from(this.table).where({ id: row.id, type: row.type }).update({ last_used_at: now })
      token.lastUsedAt = now
    }
    return token
  }
}
