import { defineConfig } from '@adonisjs/transmit'
import { redis } from '@adonisjs/transmit/transports/redis'
import env from '#start/env'
import { connectionFrom, redisUrl } from '#config/redis'
import { postgresConnection } from '#config/database'
import { postgresTransport } from '#notifications/realtime/postgres_transport'

/**
 * Broadcasts travel between processes (app instances, workers) through
 * Redis when REDIS_URL is set, else through PostgreSQL's LISTEN/NOTIFY.
 * `memory` keeps them in the process: the tests, and `npm run dev`, whose
 * worker runs inside the app (the embedded database has no cross-connection
 * NOTIFY).
 */
export function transmitTransport(kind: 'redis' | 'postgres' | 'memory') {
  if (kind === 'redis') return { driver: redis(connectionFrom(redisUrl)) }
  if (kind === 'postgres') return { driver: postgresTransport(postgresConnection) }
  return null
}

/**
 * A ping every 30 s keeps idle streams open through proxies.
 */
export default defineConfig({
  pingInterval: '30s',
  transport: transmitTransport(env.get('REALTIME_TRANSPORT', redisUrl ? 'redis' : 'postgres')),
})
