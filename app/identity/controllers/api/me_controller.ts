import type { HttpContext } from '@adonisjs/core/http'
import type User from '#identity/models/user'
import MeTransformer from '#identity/transformers/me_transformer'
import { updateMeValidator } from '#identity/validators/me_validator'
import { diff, recordAudit } from '#core/audit/audit'
import { apiSerializer } from '#core/http/api_serializer'

export default class MeController {
  async show({ auth }: HttpContext) {
    const user = auth.getUserOrFail() as User
    await user.load('organization')
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
    await user.load('organization')
    return apiSerializer.serialize(MeTransformer.transform(user))
  }
}
