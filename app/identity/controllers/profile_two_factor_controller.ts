import hash from '@adonisjs/core/services/hash'
import type { HttpContext } from '@adonisjs/core/http'
import type User from '#identity/models/user'
import { twoFactor } from '#identity/services/two_factor'
import { TwoFactorStateException } from '#identity/errors'
import {
  passwordConfirmationValidator,
  twoFactorCodeValidator,
  twoFactorDisableValidator,
} from '#identity/validators/auth_validator'
import { fieldError } from '#core/validation/field_error'
import { recordAudit } from '#core/audit/audit'

/**
 * Two-factor authentication from the profile page. The secret and the
 * recovery codes travel to the page once, through the flash.
 */
export default class ProfileTwoFactorController {
  async setup({ auth, session, response }: HttpContext) {
    const user = auth.user as User
    if (user.twoFactorEnabled) throw new TwoFactorStateException()
    const { secret, qrSvg } = await twoFactor.begin(user)
    session.flash('twoFactorSetup', { secret, qrSvg })
    return response.redirect().toRoute('admin.profile.show')
  }

  async confirm({ auth, request, session, response, i18n }: HttpContext) {
    const user = auth.user as User
    const { code } = await request.validateUsing(twoFactorCodeValidator)
    if (user.twoFactorEnabled || !user.twoFactorSecret) throw new TwoFactorStateException()
    const recoveryCodes = await twoFactor.confirm(user, code)
    if (!recoveryCodes) throw fieldError(i18n, 'code', 'invalidCode')
    await recordAudit({ action: 'auth.two_factor_enabled', entity: { type: 'user', id: user.id } })
    session.flash('recoveryCodes', recoveryCodes)
    session.flash('success', i18n.t('messages.twoFactor.enabled'))
    return response.redirect().toRoute('admin.profile.show')
  }

  async disable({ auth, request, session, response, i18n }: HttpContext) {
    const user = auth.user as User
    const { password, code } = await request.validateUsing(twoFactorDisableValidator)
    if (!user.twoFactorEnabled) throw new TwoFactorStateException()
    if (!(await hash.verify(user.password, password)))
      throw fieldError(i18n, 'password', 'currentPassword')
    if (!(await twoFactor.verifyCode(user, code))) throw fieldError(i18n, 'code', 'invalidCode')
    await twoFactor.disable(user)
    await recordAudit({ action: 'auth.two_factor_disabled', entity: { type: 'user', id: user.id } })
    session.flash('success', i18n.t('messages.twoFactor.disabled'))
    return response.redirect().toRoute('admin.profile.show')
  }

  async regenerateRecoveryCodes({ auth, request, session, response, i18n }: HttpContext) {
    const user = auth.user as User
    const { password } = await request.validateUsing(passwordConfirmationValidator)
    if (!user.twoFactorEnabled) throw new TwoFactorStateException()
    if (!(await hash.verify(user.password, password)))
      throw fieldError(i18n, 'password', 'currentPassword')
    session.flash('recoveryCodes', await twoFactor.regenerateRecoveryCodes(user))
    await recordAudit({
      action: 'auth.recovery_codes_regenerated',
      entity: { type: 'user', id: user.id },
    })
    return response.redirect().toRoute('admin.profile.show')
  }
}
