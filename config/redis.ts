import env from '#start/env'
import { defineConfig } from '@adonisjs/redis'
import type { InferConnections } from '@adonisjs/redis/types'

/**
 * Redis is optional: with REDIS_URL set, sessions and rate limits live there
 * (shared by every app instance); without it they stay in PostgreSQL.
 */
export const redisUrl = env.get('REDIS_URL')

export function connectionFrom(url: string | undefined) {
  if (!url) return { host: '127.0.0.1', port: 6379, lazyConnect: true }
  const parsed = new URL(url)
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: Number(parsed.pathname.slice(1) || 0),
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
  }
}

const redisConfig = defineConfig({
  connection: 'main',
  connections: {
    main: {
      ...connectionFrom(redisUrl),
      keyPrefix: 'nova:',
      retryStrategy: (times) => (times > 10 ? null : times * 50),
    },
    // the job queue's scripts build their own keys: no prefix there
    queue: {
      ...connectionFrom(redisUrl),
      maxRetriesPerRequest: null,
      retryStrategy: (times) => Math.min(times * 100, 3000),
    },
  },
})

export default redisConfig

declare module '@adonisjs/redis/types' {
  export interface RedisConnections extends InferConnections<typeof redisConfig> {}
}
