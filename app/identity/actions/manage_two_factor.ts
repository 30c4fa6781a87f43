import hash from '@adonisjs/core/services/hash'
import type { I18n } from '@adonisjs/i18n'
import type User from '#identity/models/user'
import { twoFactor } from '#identity/services/two_factor'
import { TwoFactorStateException } from '#identity/errors'
import { fieldError } from '#core/validation/field_error'
import { recordAudit } from '#core/audit/audit'

/**
 * Turning two-factor on, off and renewing recovery codes, for the profile
 * page and the API alike. Wrong passwords and codes are field errors.
 */
export async function startTwoFactorSetup(user: User) {
  if (user.twoFactorEnabled) throw new TwoFactorStateException()
  return twoFactor.begin(user)
}

export async function confirmTwoFactor(user: User, code: string, i18n: I18n) {
  if (user.twoFactorEnabled || !user.twoFactorSecret) throw new TwoFactorStateException()
  const recoveryCodes = await twoFactor.confirm(user, code)
  if (!recoveryCodes) throw fieldError(i18n, 'code', 'invalidCode')
  await recordAudit({ action: 'auth.two_factor_enabled', entity: { type: 'user', id: user.id } })
  return recoveryCodes
}

export async function disableTwoFactor(
  user: User,
  { password, code }: { password: string; code: string },
  i18n: I18n
) {
  if (!user.twoFactorEnabled) throw new TwoFactorStateException()
  if (!(await hash.verify(user.password, password))) {
    throw fieldError(i18n, 'password', 'currentPassword')
  }
  if (!(await twoFactor.verifyCode(user, code))) throw fieldError(i18n, 'code', 'invalidCode')
  await twoFactor.disable(user)
  await recordAudit({ action: 'auth.two_factor_disabled', entity: { type: 'user', id: user.id } })
}

export async function renewRecoveryCodes(user: User, password: string, i18n: I18n) {
  if (!user.twoFactorEnabled) throw new TwoFactorStateException()
  if (!(await hash.verify(user.password, password))) {
    throw fieldError(i18n, 'password', 'currentPassword')
  }
  const recoveryCodes = await twoFactor.regenerateRecoveryCodes(user)
  await recordAudit({
    action: 'auth.recovery_codes_regenerated',
    entity: { type: 'user', id: user.id },
  })
  return recoveryCodes
}
