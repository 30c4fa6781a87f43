import type { HttpContext } from '@adonisjs/core/http'
import type User from '#identity/models/user'
import MeTransformer from '#identity/transformers/me_transformer'
import { updateMeValidator } from '#identity/validators/me_validator'
import { changePasswordValidator } from '#identity/validators/account_validator'
import { changePassword, updateProfile } from '#identity/actions/profile'
import { apiSerializer } from '#core/http/api_serializer'

export default class MeController {
  async show({ auth }: HttpContext) {
    const user = auth.getUserOrFail() as User
    await user.load((loader) => loader.load('organization').load('grants'))
    return apiSerializer.serialize(MeTransformer.transform(user))
  }

  async update({ auth, request }: HttpContext) {
    const user = auth.getUserOrFail() as User
    await updateProfile(user, await request.validateUsing(updateMeValidator))
    await user.load((loader) => loader.load('organization').load('grants'))
    return apiSerializer.serialize(MeTransformer.transform(user))
  }

  async changePassword({ auth, request, response, i18n }: HttpContext) {
    const user = auth.getUserOrFail() as User
    const passwords = await request.validateUsing(changePasswordValidator)
    const accessTokenId = Number(user.currentAccessToken!.identifier)
    await changePassword(user, passwords, { accessTokenId }, i18n)
    return response.noContent()
  }
}
