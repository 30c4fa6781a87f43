import { DateTime } from 'luxon'
import mail from '@adonisjs/mail/services/main'
import type User from '#identity/models/user'
import VerifyEmailMail from '#identity/mails/verify_email_mail'
import { accountTokens } from '#identity/services/account_tokens'
import { recipientLocale } from '#identity/actions/recipient_locale'

/**
 * Mails a link proving the address belongs to the user (valid 24 hours).
 */
export async function sendEmailVerification(user: User) {
  await user.load('organization')
  const token = await accountTokens.issue(user, 'email_verification', { minutes: 24 * 60 })
  await mail.sendLater(
    new VerifyEmailMail(user, recipientLocale(user), user.organization).withToken(token)
  )
}

export async function verifyEmail(token: string) {
  const user = await accountTokens.consume(token, 'email_verification')
  if (!user) return false
  user.emailVerifiedAt = DateTime.now()
  await user.save()
  return true
}
