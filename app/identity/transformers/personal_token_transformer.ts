import { BaseTransformer } from '@adonisjs/core/transformers'
import type { AccessToken } from '@adonisjs/auth/access_tokens'

export default class PersonalTokenTransformer extends BaseTransformer<AccessToken> {
  toObject() {
    const token = this.resource
    return {
      id: Number(token.identifier),
      name: token.name,
      abilities: token.abilities,
      lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
      expiresAt: token.expiresAt?.toISOString() ?? null,
      createdAt: token.createdAt.toISOString(),
    }
  }
}
