import { createHash, randomBytes } from 'node:crypto'
import { Secret, TOTP } from 'otpauth'
import QRCode from 'qrcode'
import { DateTime } from 'luxon'
import encryption from '@adonisjs/core/services/encryption'
import db from '@adonisjs/lucid/services/db'
import type User from '#identity/models/user'

const ISSUER = 'Nova CRM'
const RECOVERY_CODES = 10

function totpFor(user: User, secret: string) {
  return new TOTP({
    issuer: ISSUER,
    label: user.email,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  })
}

function hashCode(code: string) {
  return createHash('sha256').update(code.replace(/[\s-]/g, '').toLowerCase()).digest('hex')
}

/**
 * TOTP (RFC 6238) with single-use recovery codes. The secret is encrypted
 * with APP_KEY at rest; codes are compared by hash only.
 */
export const twoFactor = {
  /**
   * A fresh secret for the user, not active until confirmed with a code.
   */
  async begin(user: User) {
    const secret = new Secret({ size: 20 }).base32
    user.twoFactorSecret = encryption.encrypt(secret)
    user.twoFactorConfirmedAt = null
    user.twoFactorLastStep = null
    await user.save()
    const otpauthUrl = totpFor(user, secret).toString()
    const qrSvg = await QRCode.toString(otpauthUrl, { type: 'svg', margin: 1 })
    return { secret, otpauthUrl, qrSvg }
  },

  /**
   * Accepts a current code (±1 step) once: the step is recorded with a
   * conditional UPDATE, so a replay, even a concurrent one, is refused.
   */
  async verifyCode(user: User, code: string) {
    if (!user.twoFactorSecret || !/^\d{6}$/.test(code.trim())) return false
    const secret = encryption.decrypt<string>(user.twoFactorSecret)
    if (!secret) return false
    const totp = totpFor(user, secret)
    const delta = totp.validate({ token: code.trim(), window: 1 })
    if (delta === null) return false
    const step = totp.counter() + delta
    const updated = await db
      .from('users')
      .where('id', user.id)
      .where((query) =>
        query.whereNull('two_factor_last_step').orWhere('two_factor_last_step', '<', step)
      )
      .update({ two_factor_last_step: step })
    if (Number(updated) === 0) return false
    user.twoFactorLastStep = step
    return true
  },

  /**
   * A recovery code works exactly once: spending it is one conditional
   * UPDATE, whoever else tries at the same moment.
   */
  async useRecoveryCode(user: User, code: string) {
    const spent = await db
      .from('two_factor_recovery_codes')
      .where('user_id', user.id)
      .where('hash', hashCode(code))
      .whereNull('used_at')
      .update({ used_at: new Date() })
    return Number(spent) === 1
  },

  async verifyCodeOrRecoveryCode(user: User, code: string) {
    return (await this.verifyCode(user, code)) || this.useRecoveryCode(user, code)
  },

  /**
   * Ten new recovery codes, replacing any previous ones. Shown once.
   */
  async regenerateRecoveryCodes(user: User) {
    const codes = Array.from({ length: RECOVERY_CODES }, () => {
      const raw = randomBytes(5).toString('hex')
      return `${raw.slice(0, 5)}-${raw.slice(5)}`
    })
    await db.from('two_factor_recovery_codes').where('user_id', user.id).delete()
    await db
      .table('two_factor_recovery_codes')
      .multiInsert(
        codes.map((code) => ({ user_id: user.id, hash: hashCode(code), created_at: new Date() }))
      )
    return codes
  },

  async confirm(user: User, code: string) {
    if (user.twoFactorEnabled || !(await this.verifyCode(user, code))) return null
    user.twoFactorConfirmedAt = DateTime.now()
    await user.save()
    return this.regenerateRecoveryCodes(user)
  },

  async disable(user: User) {
    user.twoFactorSecret = null
    user.twoFactorConfirmedAt = null
    user.twoFactorLastStep = null
    await user.save()
    await db.from('two_factor_recovery_codes').where('user_id', user.id).delete()
  },
}
