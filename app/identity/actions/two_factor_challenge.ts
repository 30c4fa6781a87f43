import { createHash } from 'node:crypto'
import encryption from '@adonisjs/core/services/encryption'
import User from '#identity/models/user'
import { twoFactor } from '#identity/services/two_factor'
import { throttleTwoFactor } from '#identity/services/login_throttle'
import { recordSecurityEvent } from '#core/audit/audit'
import { AccountDisabledException, InvalidTwoFactorException } from '#identity/errors'

const PURPOSE = 'two_factor_challenge'

type Pending = { userId: number; deviceName: string | null }

/**
 * After the password, before the session or tokens: a short-lived,
 * encrypted ticket naming the user. It grants nothing by itself.
 */
export function issueChallenge(user: User, deviceName: string | null = null) {
  return encryption.encrypt({ userId: user.id, deviceName } satisfies Pending, '5 minutes', PURPOSE)
}

/**
 * Completes a sign-in with a TOTP or recovery code; 5 wrong codes a minute
 * per challenge.
 */
export async function completeChallenge(challenge: string, code: string) {
  const pending = encryption.decrypt<Pending>(challenge, PURPOSE)
  if (!pending) throw new InvalidTwoFactorException()
  const user = await User.find(pending.userId)
  if (!user || !user.twoFactorEnabled) throw new InvalidTwoFactorException()
  if (!user.isActive) throw new AccountDisabledException()

  const key = createHash('sha256').update(challenge).digest('hex')
  await throttleTwoFactor(key, async () => {
    if (!(await twoFactor.verifyCodeOrRecoveryCode(user, code))) {
      await recordSecurityEvent({ event: 'two_factor_failed', user })
      throw new InvalidTwoFactorException()
    }
  })
  return { user, deviceName: pending.deviceName }
}
