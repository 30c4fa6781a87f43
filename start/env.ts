/*
| Environment variables are validated at boot. Only what a deployment must
| decide is required; everything else has a working default (README lists
| them all).
*/
import { Env } from '@adonisjs/core/env'

export default await Env.create(new URL('../', import.meta.url), {
  NODE_ENV: Env.schema.enum(['development', 'production', 'test'] as const),
  APP_KEY: Env.schema.secret(),
  APP_URL: Env.schema.string({ format: 'url', tld: false }),
  PORT: Env.schema.number.optional(),
  HOST: Env.schema.string.optional({ format: 'host' }),
  LOG_LEVEL: Env.schema.enum.optional([
    'fatal',
    'error',
    'warn',
    'info',
    'debug',
    'trace',
    'silent',
  ] as const),

  CORS_ORIGINS: Env.schema.string.optional(),
  TRUSTED_PROXIES: Env.schema.string.optional(),

  DATABASE_URL: Env.schema.string.optional(),
  DB_HOST: Env.schema.string.optional({ format: 'host' }),
  DB_PORT: Env.schema.number.optional(),
  DB_USER: Env.schema.string.optional(),
  DB_PASSWORD: Env.schema.string.optional(),
  DB_DATABASE: Env.schema.string.optional(),
  DB_POOL_MAX: Env.schema.number.optional(),
  DB_EMBEDDED: Env.schema.boolean.optional(),
  DB_PREPARED_STATEMENTS: Env.schema.boolean.optional(),

  SESSION_DRIVER: Env.schema.enum.optional(['database', 'redis', 'memory'] as const),
  LIMITER_STORE: Env.schema.enum.optional(['database', 'redis', 'memory'] as const),
  REDIS_URL: Env.schema.string.optional(),
  QUEUE_DRIVER: Env.schema.enum.optional(['redis', 'database', 'sync'] as const),
  QUEUE_CONCURRENCY: Env.schema.number.optional(),
  QUEUE_WORK_IN_APP: Env.schema.boolean.optional(),
  REALTIME_TRANSPORT: Env.schema.enum.optional(['redis', 'postgres', 'memory'] as const),
  UPLOADS_PATH: Env.schema.string.optional(),
  S3_BUCKET: Env.schema.string.optional(),
  S3_REGION: Env.schema.string.optional(),
  S3_ENDPOINT: Env.schema.string.optional({ format: 'url', tld: false }),
  S3_ACCESS_KEY_ID: Env.schema.string.optional(),
  S3_SECRET_ACCESS_KEY: Env.schema.string.optional(),

  ACCESS_TOKEN_TTL: Env.schema.string.optional(),
  REFRESH_TOKEN_TTL: Env.schema.string.optional(),
  API_RATE_LIMIT: Env.schema.number.optional(),
  SIGNUP_ENABLED: Env.schema.boolean.optional(),

  MAIL_FROM_NAME: Env.schema.string.optional(),
  MAIL_FROM_ADDRESS: Env.schema.string.optional({ format: 'email' }),
  SMTP_HOST: Env.schema.string.optional(),
  SMTP_PORT: Env.schema.number.optional(),
  SMTP_USERNAME: Env.schema.string.optional(),
  SMTP_PASSWORD: Env.schema.string.optional(),
})
