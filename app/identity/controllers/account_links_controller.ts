import type { HttpContext } from '@adonisjs/core/http'
import { requestPasswordReset, resetPassword } from '#identity/actions/password_reset'
import { verifyEmail } from '#identity/actions/email_verification'
import { acceptInvitation, pendingInvitation } from '#identity/actions/invitations'
import { startWebSession } from '#identity/actions/start_web_session'
import { InvalidLinkException } from '#identity/errors'
import {
  forgotPasswordValidator,
  resetPasswordValidator,
} from '#identity/validators/account_validator'
import { acceptInvitationValidator } from '#identity/validators/users_validator'

/**
 * The pages behind the links we mail: password reset, e-mail verification,
 * invitations.
 */
export default class AccountLinksController {
  forgotForm({ inertia }: HttpContext) {
    return inertia.render('auth/forgot_password', {})
  }

  /**
   * The same answer whether or not the account exists.
   */
  async sendReset({ request, session, response, i18n }: HttpContext) {
    const { email } = await request.validateUsing(forgotPasswordValidator)
    await requestPasswordReset(email)
    session.flash('success', i18n.t('messages.auth.resetSent'))
    return response.redirect().back()
  }

  resetForm({ inertia, params }: HttpContext) {
    return inertia.render('auth/reset_password', { token: String(params.token) })
  }

  async reset({ request, session, response, i18n }: HttpContext) {
    const { token, password } = await request.validateUsing(resetPasswordValidator)
    if (!(await resetPassword(token, password))) throw new InvalidLinkException()
    session.flash('success', i18n.t('messages.auth.passwordReset'))
    return response.redirect().toRoute('session.create')
  }

  async verify({ params, session, response, i18n }: HttpContext) {
    const verified = await verifyEmail(String(params.token))
    session.flash(
      verified ? 'success' : 'error',
      i18n.t(verified ? 'messages.auth.emailVerified' : 'errors.E_INVALID_TOKEN')
    )
    return response.redirect().toRoute('admin.dashboard')
  }

  async invitationForm({ inertia, params }: HttpContext) {
    const invitation = await pendingInvitation(String(params.token))
    return inertia.render('auth/accept_invitation', {
      token: String(params.token),
      invitation: invitation
        ? { email: invitation.email, organizationName: invitation.organization.name }
        : null,
    })
  }

  async accept(ctx: HttpContext) {
    const { token, name, password } = await ctx.request.validateUsing(acceptInvitationValidator)
    const user = await acceptInvitation(token, { name, password })
    if (!user) throw new InvalidLinkException()
    await startWebSession(ctx, user, false)
    return ctx.response.redirect().toRoute('admin.dashboard')
  }
}
