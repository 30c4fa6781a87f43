import type { HttpContext } from '@adonisjs/core/http'
import { completeChallenge } from '#identity/actions/two_factor_challenge'
import { twoFactorCodeValidator } from '#identity/validators/auth_validator'
import { startWebSession } from '#identity/actions/start_web_session'

export const PENDING_KEY = 'two_factor_challenge'

/**
 * The admin panel's second sign-in step. Until it succeeds the session holds
 * only an encrypted challenge, which no page accepts.
 */
export default class TwoFactorChallengeController {
  show({ inertia, session, response }: HttpContext) {
    if (!session.has(PENDING_KEY)) return response.redirect().toRoute('session.create')
    return inertia.render('auth/two_factor', {})
  }

  async store(ctx: HttpContext) {
    const { request, session, response } = ctx
    const pending = session.get(PENDING_KEY) as { challenge: string; remember: boolean } | undefined
    if (!pending) return response.redirect().toRoute('session.create')
    const { code } = await request.validateUsing(twoFactorCodeValidator)
    const { user } = await completeChallenge(pending.challenge, code)

    session.forget(PENDING_KEY)
    await startWebSession(ctx, user, pending.remember)
    return response.redirect().toRoute('admin.dashboard')
  }
}
