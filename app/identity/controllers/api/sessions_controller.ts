import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'
import type User from '#identity/models/user'
import { listDevices, revokeDevice } from '#identity/actions/devices'

/**
 * The user's web sessions and app devices, each revocable.
 */
export default class SessionsController {
  async index({ auth }: HttpContext) {
    const user = auth.user as User
    const accessTokenId = user.currentAccessToken
      ? Number(user.currentAccessToken.identifier)
      : undefined
    return { data: await listDevices(user.id, { accessTokenId }) }
  }

  async destroy({ auth, params, response }: HttpContext) {
    if (!(await revokeDevice((auth.user as User).id, String(params.sessionId)))) {
      throw new Exception('Session not found', { status: 404, code: 'E_ROW_NOT_FOUND' })
    }
    return response.noContent()
  }
}
