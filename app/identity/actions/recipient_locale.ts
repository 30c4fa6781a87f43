import type User from '#identity/models/user'
import type { Locale } from '#core/i18n/locales'

/**
 * The language to write to a user in: their own, else their agency's.
 * The organization must be loaded.
 */
export function recipientLocale(user: User): Locale {
  return user.locale ?? user.organization.defaultLocale
}
