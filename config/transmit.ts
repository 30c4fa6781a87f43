import { defineConfig } from '@adonisjs/transmit'
import { redis } from '@adonisjs/transmit/transports/redis'
import { connectionFrom, redisUrl } from '#config/redis'

/**
 * With a Redis URL, every app instance publishes its broadcasts through
 * Redis, so a user connected to one instance hears what happened on another.
 */
export function transmitTransport(url: string | undefined) {
  return url ? { driver: redis(connectionFrom(url)) } : null
}

/**
 * A ping every 30 s keeps idle streams open through proxies.
 */
export default defineConfig({
  pingInterval: '30s',
  transport: transmitTransport(redisUrl),
})
