import { DateTime } from 'luxon'
import limiter from '@adonisjs/limiter/services/main'
import mail from '@adonisjs/mail/services/main'
import User from '#identity/models/user'
import ResetPasswordMail from '#identity/mails/reset_password_mail'
import { accountTokens } from '#identity/services/account_tokens'
import { revokeAllCredentials } from '#identity/actions/revoke_credentials'
import { recipientLocale } from '#identity/actions/recipient_locale'
import { recordAudit, recordSecurityEvent } from '#core/audit/audit'

/**
 * Mails a 60-minute, single-use reset link if the e-mail belongs to an
 * active account. The caller answers the same either way; requests are
 * limited to 3 an hour per e-mail whether or not it exists.
 */
export async function requestPasswordReset(email: string) {
  await limiter
    .use({ requests: 3, duration: '1 hour' })
    .consume(`forgot:${email}`)
    .catch(async (error) => {
      await recordSecurityEvent({ event: 'rate_limited', user: null, details: { key: 'forgot' } })
      throw error
    })
  const user = await User.query().where('email', email).preload('organization').first()
  if (!user || !user.isActive) return

  const token = await accountTokens.issue(user, 'password_reset', { minutes: 60 })
  await mail.sendLater(
    new ResetPasswordMail(user, recipientLocale(user), user.organization).withToken(token)
  )
}

/**
 * Sets the new password and signs the account out everywhere. Returns false
 * for an unknown, used or expired token.
 */
export async function resetPassword(token: string, password: string) {
  const user = await accountTokens.consume(token, 'password_reset')
  if (!user) return false
  user.password = password
  user.emailVerifiedAt ??= DateTime.now()
  await user.save()
  await revokeAllCredentials(user.id)
  await recordAudit({
    action: 'auth.password_reset',
    actor: user,
    entity: { type: 'user', id: user.id },
  })
  return true
}
