import hash from '@adonisjs/core/services/hash'
import type { HttpContext } from '@adonisjs/core/http'
import type User from '#identity/models/user'
import { twoFactor } from '#identity/services/two_factor'
import { InvalidTwoFactorException, TwoFactorStateException } from '#identity/errors'
import {
  passwordConfirmationValidator,
  twoFactorCodeValidator,
  twoFactorDisableValidator,
} from '#identity/validators/auth_validator'
import { fieldError } from '#core/validation/field_error'
import { recordAudit } from '#core/audit/audit'

/**
 * The signed-in user's two-factor authentication: set up, confirm (which
 * enables it and shows the recovery codes once), disable, new codes.
 */
export default class TwoFactorController {
  async setup({ auth }: HttpContext) {
    const user = auth.user as User
    if (user.twoFactorEnabled) throw new TwoFactorStateException()
    return twoFactor.begin(user)
  }

  async confirm({ auth, request }: HttpContext) {
    const user = auth.user as User
    const { code } = await request.validateUsing(twoFactorCodeValidator)
    if (user.twoFactorEnabled || !user.twoFactorSecret) throw new TwoFactorStateException()
    const recoveryCodes = await twoFactor.confirm(user, code)
    if (!recoveryCodes) throw new InvalidTwoFactorException()
    await recordAudit({ action: 'auth.two_factor_enabled', entity: { type: 'user', id: user.id } })
    return { recoveryCodes }
  }

  async disable({ auth, request, response, i18n }: HttpContext) {
    const user = auth.user as User
    const { password, code } = await request.validateUsing(twoFactorDisableValidator)
    if (!user.twoFactorEnabled) throw new TwoFactorStateException()
    if (!(await hash.verify(user.password, password)))
      throw fieldError(i18n, 'password', 'currentPassword')
    if (!(await twoFactor.verifyCode(user, code))) throw new InvalidTwoFactorException()
    await twoFactor.disable(user)
    await recordAudit({ action: 'auth.two_factor_disabled', entity: { type: 'user', id: user.id } })
    return response.noContent()
  }

  async regenerateRecoveryCodes({ auth, request, i18n }: HttpContext) {
    const user = auth.user as User
    const { password } = await request.validateUsing(passwordConfirmationValidator)
    if (!user.twoFactorEnabled) throw new TwoFactorStateException()
    if (!(await hash.verify(user.password, password)))
      throw fieldError(i18n, 'password', 'currentPassword')
    const recoveryCodes = await twoFactor.regenerateRecoveryCodes(user)
    await recordAudit({
      action: 'auth.recovery_codes_regenerated',
      entity: { type: 'user', id: user.id },
    })
    return { recoveryCodes }
  }
}
