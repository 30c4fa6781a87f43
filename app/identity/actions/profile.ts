import hash from '@adonisjs/core/services/hash'
import type { I18n } from '@adonisjs/i18n'
import type User from '#identity/models/user'
import type { Locale } from '#core/i18n/locales'
import { revokeAllCredentials } from '#identity/actions/revoke_credentials'
import { fieldError } from '#core/validation/field_error'
import { diff, recordAudit } from '#core/audit/audit'

type ProfileChanges = {
  name?: string
  phone?: string | null
  locale?: Locale | null
  timezone?: string | null
}

/**
 * The fields a user may change about themselves, audited before/after.
 */
export async function updateProfile(user: User, changes: ProfileChanges) {
  const before = {
    name: user.name,
    phone: user.phone,
    locale: user.locale,
    timezone: user.timezone,
  }
  user.merge(changes)
  await user.save()
  await recordAudit({
    action: 'user.profile_updated',
    entity: { type: 'user', id: user.id },
    changes: diff(before, { ...before, ...changes }),
  })
}

/**
 * Needs the current password; every other session and token dies, the
 * device making the change (`keep`) stays signed in.
 */
export async function changePassword(
  user: User,
  passwords: { currentPassword: string; password: string },
  keep: { sessionId?: string; accessTokenId?: number },
  i18n: I18n
) {
  if (!(await hash.verify(user.password, passwords.currentPassword))) {
    throw fieldError(i18n, 'currentPassword', 'currentPassword')
  }
  user.password = passwords.password
  await user.save()
  await revokeAllCredentials(user.id, keep)
  await recordAudit({ action: 'auth.password_changed', entity: { type: 'user', id: user.id } })
}
