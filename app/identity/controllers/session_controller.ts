import type { HttpContext } from '@adonisjs/core/http'
import { errors as authErrors } from '@adonisjs/auth'
import User from '#identity/models/user'
import { loginValidator } from '#identity/validators/session_validator'

export default class SessionController {
  create({ inertia }: HttpContext) {
    return inertia.render('auth/login', {})
  }

  /**
   * Unknown e-mail, wrong password and disabled account all answer with
   * the same error so nothing about accounts leaks.
   */
  async store({ request, auth, session, response, i18n }: HttpContext) {
    const { email, password, remember } = await request.validateUsing(loginValidator)
    const user = await User.verifyCredentials(email, password)
    if (!user.isActive) throw new authErrors.E_INVALID_CREDENTIALS('Invalid user credentials')

    await auth.use('web').login(user, remember)
    session.flash('success', i18n.t('messages.auth.signedIn', { name: user.name }))
    return response.redirect().toRoute('admin.dashboard')
  }

  async destroy({ auth, session, response, i18n }: HttpContext) {
    await auth.use('web').logout()
    session.flash('success', i18n.t('messages.auth.signedOut'))
    return response.redirect().toRoute('session.create')
  }
}
