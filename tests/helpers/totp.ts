import { Secret, TOTP } from 'otpauth'

/**
 * What an authenticator app shows for a secret, now or a few steps ahead.
 */
export function totpCode(secret: string, stepsAhead = 0) {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 })
  return totp.generate({ timestamp: Date.now() + stepsAhead * 30_000 })
}
