import app from '@adonisjs/core/services/app'
import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'
import { SessionCollection } from '@adonisjs/session'
import type User from '#identity/models/user'
import { listDevices, publicSessionId } from '#identity/actions/list_devices'
import { revokeTokenFamily } from '#identity/actions/revoke_credentials'
import { recordAudit } from '#core/audit/audit'

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
    const user = auth.user as User
    const id = String(params.sessionId)
    const devices = await listDevices(user.id, {})
    if (!devices.some((device) => device.id === id)) {
      throw new Exception('Session not found', { status: 404, code: 'E_ROW_NOT_FOUND' })
    }

    if (id.startsWith('api_')) {
      await revokeTokenFamily(id.slice(4))
    } else {
      const sessions = await app.container.make(SessionCollection)
      const tagged = await sessions.tagged(String(user.id))
      const session = tagged.find((candidate) => publicSessionId(candidate.id) === id)
      if (session) await sessions.destroy(session.id)
    }
    await recordAudit({ action: 'auth.session_revoked', entity: { type: 'session', id } })
    return response.noContent()
  }
}
