import type { HttpContext } from '@adonisjs/core/http'
import { requestPasswordReset, resetPassword } from '#identity/actions/password_reset'
import { verifyEmail } from '#identity/actions/email_verification'
import { InvalidLinkException } from '#identity/errors'
import {
  forgotPasswordValidator,
  resetPasswordValidator,
  verifyEmailValidator,
} from '#identity/validators/account_validator'

/**
 * Forgotten passwords and e-mail verification, by mailed single-use links.
 */
export default class AccountRecoveryController {
  /**
   * 202 whether or not the account exists.
   */
  async forgot({ request, response }: HttpContext) {
    const { email } = await request.validateUsing(forgotPasswordValidator)
    await requestPasswordReset(email)
    return response.accepted('')
  }

  async reset({ request, response }: HttpContext) {
    const { token, password } = await request.validateUsing(resetPasswordValidator)
    if (!(await resetPassword(token, password))) throw new InvalidLinkException()
    return response.noContent()
  }

  async verifyEmail({ request, response }: HttpContext) {
    const { token } = await request.validateUsing(verifyEmailValidator)
    if (!(await verifyEmail(token))) throw new InvalidLinkException()
    return response.noContent()
  }
}
