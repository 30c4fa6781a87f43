import { errors as authErrors } from '@adonisjs/auth'
import User from '#identity/models/user'
import { AccountDisabledException } from '#identity/errors'
import { throttleLogin } from '#identity/services/login_throttle'
import { recordSecurityEvent } from '#core/audit/audit'

/**
 * Checks e-mail and password for the web and the API alike: throttled,
 * with one error for unknown e-mails and wrong passwords, every failure in
 * the security log.
 */
export async function verifySignIn(email: string, password: string, ip: string) {
  try {
    const user = await throttleLogin(email, ip, () => User.verifyCredentials(email, password))
    if (!user.isActive) throw new AccountDisabledException()
    return user
  } catch (error) {
    if (error instanceof authErrors.E_INVALID_CREDENTIALS) {
      await recordSecurityEvent({ event: 'login_failed', user: null, details: { email } })
    }
    throw error
  }
}
