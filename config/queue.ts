import env from '#start/env'
import { defineConfig, drivers } from '@adonisjs/queue'
import { redisUrl } from '#config/redis'

/**
 * Background jobs live in PostgreSQL by default and in Redis when REDIS_URL
 * is set; QUEUE_DRIVER overrides (the tests run jobs inline with `sync`).
 * `npm run worker` processes them and fires the schedules of
 * start/scheduler.ts.
 */
export const QUEUES = ['default', 'mail', 'imports', 'exports'] as const

export default defineConfig({
  default: env.get('QUEUE_DRIVER', redisUrl ? 'redis' : 'database'),

  adapters: {
    redis: drivers.redis({ connectionName: 'queue' }),
    database: drivers.database({ connectionName: 'postgres' }),
    sync: drivers.sync(),
  },

  worker: {
    concurrency: env.get('QUEUE_CONCURRENCY', 5),
    idleDelay: '1s',
    timeout: '2m',
    stalledThreshold: '3m',
    stalledInterval: '1m',
    gracefulShutdown: true,
  },

  // jobs are registered by name in start/jobs.ts (explicit, and the same in the build)
  locations: [],
})
