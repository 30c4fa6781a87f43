import { OrganizationSchema } from '#database/schema'
import type { Locale } from '#core/i18n/locales'
import type { Role } from '#identity/roles'

export const TWO_FACTOR_REQUIREMENTS = ['none', 'admins', 'everyone'] as const
export type TwoFactorRequirement = (typeof TWO_FACTOR_REQUIREMENTS)[number]

export default class Organization extends OrganizationSchema {
  declare defaultLocale: Locale
  declare requireTwoFactor: TwoFactorRequirement

  /**
   * Whether this agency's policy makes a user with this role set up 2FA.
   */
  requiresTwoFactorFor(role: Role) {
    if (this.requireTwoFactor === 'everyone') return true
    return this.requireTwoFactor === 'admins' && (role === 'owner' || role === 'admin')
  }
}
