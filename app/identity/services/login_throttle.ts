import limiter from '@adonisjs/limiter/services/main'
import { errors } from '@adonisjs/limiter'

/**
 * Failed sign-ins are limited per e-mail and IP (5 a minute, then blocked
 * 5 minutes even with the right password) and per IP across e-mails (50 a
 * minute). A success clears only its own e-mail's counter, so an attacker
 * cannot reset the IP ceiling with an account of their own.
 */
const perAccount = () => limiter.use({ requests: 5, duration: '1 min', blockDuration: '5 mins' })
const perIp = () => limiter.use({ requests: 50, duration: '1 min', blockDuration: '5 mins' })

export async function throttleLogin<T>(email: string, ip: string, attempt: () => Promise<T>) {
  const counters = [
    { limiter: perAccount(), key: `login:${ip}:${email}` },
    { limiter: perIp(), key: `login_ip:${ip}` },
  ]
  for (const { limiter: counter, key } of counters) {
    const state = await counter.get(key)
    if (state && state.remaining <= 0) throw new errors.E_TOO_MANY_REQUESTS(state)
  }

  try {
    const result = await attempt()
    await counters[0].limiter.delete(counters[0].key)
    return result
  } catch (error) {
    for (const { limiter: counter, key } of counters) {
      const { consumed, limit } = await counter.increment(key)
      if (consumed >= limit) await counter.block(key, counter.blockDuration)
    }
    throw error
  }
}
