import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'
import User from '#identity/models/user'
import PersonalTokenTransformer from '#identity/transformers/personal_token_transformer'
import { createTokenValidator } from '#identity/validators/token_validator'
import { apiSerializer } from '#core/http/api_serializer'
import { recordAudit } from '#core/audit/audit'

/**
 * Personal access tokens for integrations. The value is shown once, at
 * creation; only its hash is kept.
 */
export default class TokensController {
  async index({ auth }: HttpContext) {
    const tokens = await User.personalTokens.all(auth.user as User)
    return apiSerializer.serialize(PersonalTokenTransformer.transform(tokens))
  }

  async store({ auth, request, response }: HttpContext) {
    const user = auth.user as User
    const { name, abilities, expiresAt } = await request.validateUsing(createTokenValidator)
    const expiresIn = expiresAt ? Math.ceil((expiresAt.getTime() - Date.now()) / 1000) : undefined
    const token = await User.personalTokens.create(user, abilities, { name, expiresIn })
    await recordAudit({
      action: 'auth.token_created',
      entity: { type: 'personal_token', id: String(token.identifier) },
      changes: { after: { name, abilities } },
    })
    const body = await apiSerializer.serialize(PersonalTokenTransformer.transform(token))
    return response.created({ ...body, token: token.value!.release() })
  }

  async destroy({ auth, params, response }: HttpContext) {
    const user = auth.user as User
    const deleted = await User.personalTokens.delete(user, params.id)
    if (!deleted) throw new Exception('Token not found', { status: 404, code: 'E_ROW_NOT_FOUND' })
    await recordAudit({
      action: 'auth.token_revoked',
      entity: { type: 'personal_token', id: params.id },
    })
    return response.noContent()
  }
}
