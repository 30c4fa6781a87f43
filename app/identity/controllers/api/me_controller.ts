import type { HttpContext } from '@adonisjs/core/http'
import type User from '#identity/models/user'
import MeTransformer from '#identity/transformers/me_transformer'
import hash from '@adonisjs/core/services/hash'
import { updateMeValidator } from '#identity/validators/me_validator'
import { changePasswordValidator } from '#identity/validators/account_validator'
import { revokeAllCredentials } from '#identity/actions/revoke_credentials'
import { fieldError } from '#core/validation/field_error'
import { diff, recordAudit } from '#core/audit/audit'
import { apiSerializer } from '#core/http/api_serializer'

export default class MeController {
  /**
   * Other sessions and tokens die; the device making the change stays in.
   */
  async changePassword({ auth, request, response, i18n }: HttpContext) {
    const user = auth.getUserOrFail() as User
    const { currentPassword, password } = await request.validateUsing(changePasswordValidator)
    if (!(await hash.verify(user.password, currentPassword))) {
      throw fieldError(i18n, 'currentPassword', 'currentPassword')
    }
    user.password = password
    await user.save()
    await revokeAllCredentials(user.id, {
      accessTokenId: Number(user.currentAccessToken!.identifier),
    })
    await recordAudit({ action: 'auth.password_changed', entity: { type: 'user', id: user.id } })
    return response.noContent()
  }

  async show({ auth }: HttpContext) {
    const user = auth.getUserOrFail() as User
    await user.load((loader) => loader.load('organization').load('grants'))
    return apiSerializer.serialize(MeTransformer.transform(user))
  }

  async update({ auth, request }: HttpContext) {
    const user = auth.getUserOrFail() as User
    const changes = await request.validateUsing(updateMeValidator)
    const before = {
      name: user.name,
      phone: user.phone,
      locale: user.locale,
      timezone: user.timezone,
    }
    user.merge(changes)
    await user.save()
    await recordAudit({
      action: 'user.profile_updated',
      entity: { type: 'user', id: user.id },
      changes: diff(before, { ...before, ...changes }),
    })
    await user.load((loader) => loader.load('organization').load('grants'))
    return apiSerializer.serialize(MeTransformer.transform(user))
  }
}
