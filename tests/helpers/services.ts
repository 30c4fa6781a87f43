import redis from '@adonisjs/redis/services/main'
import { embeddedDatabase } from '#config/database'

/**
 * Whether Redis answers at 127.0.0.1:6379. CI must have it.
 */
async function redisAvailable() {
  try {
    await redis.connection('main').ping()
    return true
  } catch {
    if (process.env.CI) throw new Error('Redis is required on CI at 127.0.0.1:6379')
    return false
  }
}

const hasRedis = await redisAvailable()

/**
 * `[skip, reason]` for a test that needs Redis or a PostgreSQL server
 * (locks, LISTEN/NOTIFY and workers across connections, which the
 * embedded PGlite of a machine without PostgreSQL cannot serve), for
 * `test(…).skip(...unavailable('redis'))`: such tests are skipped loudly.
 */
export function unavailable(service: 'redis' | 'postgres'): [boolean, string] {
  if (service === 'redis') {
    return [!hasRedis, 'no Redis at 127.0.0.1:6379: start one to run this test']
  }
  return [embeddedDatabase, 'needs a PostgreSQL server: the embedded PGlite has one backend']
}
