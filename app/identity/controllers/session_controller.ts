import type { HttpContext } from '@adonisjs/core/http'
import type User from '#identity/models/user'
import { loginValidator } from '#identity/validators/session_validator'
import { verifySignIn } from '#identity/actions/verify_sign_in'
import { recordAudit } from '#core/audit/audit'

export default class SessionController {
  create({ inertia }: HttpContext) {
    return inertia.render('auth/login', {})
  }

  /**
   * Login regenerates the session id; the session is tagged with the user
   * so "log out everywhere" can find it.
   */
  async store({ request, auth, session, response, i18n }: HttpContext) {
    const { email, password, remember } = await request.validateUsing(loginValidator)
    const user = await verifySignIn(email, password, request.ip())

    await auth.use('web').login(user, remember)
    await session.tag(String(user.id))
    session.put('device', {
      ip: request.ip(),
      userAgent: request.header('user-agent')?.slice(0, 512) ?? null,
      lastUsedAt: new Date().toISOString(),
    })
    await recordAudit({ action: 'auth.login', actor: user, entity: { type: 'user', id: user.id } })
    session.flash('success', i18n.t('messages.auth.signedIn', { name: user.name }))
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
