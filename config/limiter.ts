import env from '#start/env'
import { defineConfig, stores } from '@adonisjs/limiter'
import { redisUrl } from '#config/redis'

/**
 * Rate-limit counters: Redis when REDIS_URL is set (shared by every app
 * instance), else PostgreSQL; memory only in tests.
 */
const limiterConfig = defineConfig({
  default: env.get('LIMITER_STORE', redisUrl ? 'redis' : 'database'),
  stores: {
    database: stores.database({ tableName: 'rate_limits' }),
    redis: stores.redis({ connectionName: 'main' }),
    memory: stores.memory({}),
  },
})

export default limiterConfig

declare module '@adonisjs/limiter/types' {
  export interface LimitersList extends InferLimiters<typeof limiterConfig> {}
}
