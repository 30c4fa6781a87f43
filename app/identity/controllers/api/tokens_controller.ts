import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'
import User from '#identity/models/user'
import PersonalTokenTransformer from '#identity/transformers/personal_token_transformer'
import { createTokenValidator } from '#identity/validators/token_validator'
import { createPersonalToken, revokePersonalToken } from '#identity/actions/personal_tokens'
import { apiSerializer } from '#core/http/api_serializer'

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
    const token = await createPersonalToken(
      auth.user as User,
      await request.validateUsing(createTokenValidator)
    )
    const body = await apiSerializer.serialize(PersonalTokenTransformer.transform(token))
    return response.created({ ...body, token: token.value!.release() })
  }

  async destroy({ auth, params, response }: HttpContext) {
    if (!(await revokePersonalToken(auth.user as User, Number(params.id)))) {
      throw new Exception('Token not found', { status: 404, code: 'E_ROW_NOT_FOUND' })
    }
    return response.noContent()
  }
}
