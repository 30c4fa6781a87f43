import type { HttpContext } from '@adonisjs/core/http'
import type User from '#identity/models/user'
import { loginValidator } from '#identity/validators/auth_validator'
import { verifySignIn } from '#identity/actions/verify_sign_in'
import { startWebSession } from '#identity/actions/start_web_session'
import { issueChallenge } from '#identity/actions/two_factor_challenge'
import { PENDING_KEY } from '#identity/controllers/two_factor_challenge_controller'
import { recordAudit } from '#core/audit/audit'

export default class SessionController {
  create({ inertia }: HttpContext) {
    return inertia.render('auth/login', {})
  }

  /**
   * With two-factor on, the password only earns the challenge page.
   */
  async store(ctx: HttpContext) {
    const { request, session, response } = ctx
    const { email, password, remember } = await request.validateUsing(loginValidator)
    const user = await verifySignIn(email, password, request.ip())
    if (user.twoFactorEnabled) {
      session.put(PENDING_KEY, { challenge: issueChallenge(user), remember: !!remember })
      return response.redirect().toRoute('two_factor.challenge')
    }
    await startWebSession(ctx, user, !!remember)
    return response.redirect().toRoute('admin.dashboard')
  }

  async destroy({ auth, session, response, i18n, inertia }: HttpContext) {
    const user = auth.user as User
    await auth.use('web').logout()
    // Pages kept in the browser history were encrypted with this session's key.
    inertia.clearHistory()
    await recordAudit({ action: 'auth.logout', actor: user, entity: { type: 'user', id: user.id } })
    session.flash('success', i18n.t('messages.auth.signedOut'))
    return response.redirect().toRoute('session.create')
  }
}
