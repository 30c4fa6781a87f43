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
 * The signed-in user's two-factor authentication: set up, confirm (which
 * enables it and shows the recovery codes once), disable, new codes.
 */
export default class TwoFactorController {
  setup({ auth }: HttpContext) {
    return startTwoFactorSetup(auth.user as User)
  }

  async confirm({ auth, request, i18n }: HttpContext) {
    const { code } = await request.validateUsing(twoFactorCodeValidator)
    return { recoveryCodes: await confirmTwoFactor(auth.user as User, code, i18n) }
  }

  async disable({ auth, request, response, i18n }: HttpContext) {
    const credentials = await request.validateUsing(twoFactorDisableValidator)
    await disableTwoFactor(auth.user as User, credentials, i18n)
    return response.noContent()
  }

  async regenerateRecoveryCodes({ auth, request, i18n }: HttpContext) {
    const { password } = await request.validateUsing(passwordConfirmationValidator)
    return { recoveryCodes: await renewRecoveryCodes(auth.user as User, password, i18n) }
  }
}
