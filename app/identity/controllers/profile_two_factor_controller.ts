import type { HttpContext } from '@adonisjs/core/http'
import type User from '#identity/models/user'
import {
  confirmTwoFactor,
  disableTwoFactor,
  renewRecoveryCodes,
  startTwoFactorSetup,
} from '#identity/actions/manage_two_factor'
import {
  passwordConfirmationValidator,
  twoFactorCodeValidator,
  twoFactorDisableValidator,
} from '#identity/validators/auth_validator'

/**
 * Two-factor authentication from the profile page. The secret and the
 * recovery codes travel to the page once, through the flash.
 */
export default class ProfileTwoFactorController {
  async setup({ auth, session, response }: HttpContext) {
    const { secret, qrSvg } = await startTwoFactorSetup(auth.user as User)
    session.flash('twoFactorSetup', { secret, qrSvg })
    return response.redirect().toRoute('admin.profile.show')
  }

  async confirm({ auth, request, session, response, i18n }: HttpContext) {
    const { code } = await request.validateUsing(twoFactorCodeValidator)
    session.flash('recoveryCodes', await confirmTwoFactor(auth.user as User, code, i18n))
    session.flash('success', i18n.t('messages.twoFactor.enabled'))
    return response.redirect().toRoute('admin.profile.show')
  }

  async disable({ auth, request, session, response, i18n }: HttpContext) {
    const credentials = await request.validateUsing(twoFactorDisableValidator)
    await disableTwoFactor(auth.user as User, credentials, i18n)
    session.flash('success', i18n.t('messages.twoFactor.disabled'))
    return response.redirect().toRoute('admin.profile.show')
  }

  async regenerateRecoveryCodes({ auth, request, session, response, i18n }: HttpContext) {
    const { password } = await request.validateUsing(passwordConfirmationValidator)
    session.flash('recoveryCodes', await renewRecoveryCodes(auth.user as User, password, i18n))
    return response.redirect().toRoute('admin.profile.show')
  }
}
