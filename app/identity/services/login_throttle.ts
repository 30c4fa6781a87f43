import limiter from '@adonisjs/limiter/services/main'
import { errors } from '@adonisjs/limiter'
import { recordSecurityEvent } from '#core/audit/audit'

type Counter = { limiter: ReturnType<typeof limiter.use>; key: string; clearOnSuccess: boolean }

/**
 * Runs an attempt unless one of its counters is exhausted; a failed attempt
 * counts against all of them (blocking a counter once it is full), a success
 * clears only those marked for it.
 */
async function throttleFailures<T>(counters: Counter[], attempt: () => Promise<T>) {
  for (const { limiter: counter, key } of counters) {
    const state = await counter.get(key)
    if (state && state.remaining <= 0) {
      await recordSecurityEvent({
        event: 'rate_limited',
        user: null,
        details: { key: key.split(':')[0] },
      })
      throw new errors.E_TOO_MANY_REQUESTS(state)
    }
  }
  try {
    const result = await attempt()
    for (const { limiter: counter, key, clearOnSuccess } of counters) {
      if (clearOnSuccess) await counter.delete(key)
    }
    return result
  } catch (error) {
    for (const { limiter: counter, key } of counters) {
      const { consumed, limit } = await counter.increment(key)
      if (consumed >= limit) await counter.block(key, counter.blockDuration)
    }
    throw error
  }
}

/**
 * Failed sign-ins: 5 a minute per e-mail and IP, then blocked 5 minutes even
 * with the right password; and 50 a minute per IP across e-mails, which a
 * success does not reset (an attacker's own account cannot clear it).
 */
export function throttleLogin<T>(email: string, ip: string, attempt: () => Promise<T>) {
  return throttleFailures(
    [
      {
        limiter: limiter.use({ requests: 5, duration: '1 min', blockDuration: '5 mins' }),
        key: `login:${ip}:${email}`,
        clearOnSuccess: true,
      },
      {
        limiter: limiter.use({ requests: 50, duration: '1 min', blockDuration: '5 mins' }),
        key: `login_ip:${ip}`,
        clearOnSuccess: false,
      },
    ],
    attempt
  )
}

/**
 * Two-factor codes: 5 wrong ones a minute per challenge.
 */
export function throttleTwoFactor<T>(challengeKey: string, attempt: () => Promise<T>) {
  return throttleFailures(
    [
      {
        limiter: limiter.use({ requests: 5, duration: '1 min', blockDuration: '5 mins' }),
        key: `two_factor:${challengeKey}`,
        clearOnSuccess: true,
      },
    ],
    attempt
  )
}
