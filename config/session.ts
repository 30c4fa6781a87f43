import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, stores } from '@adonisjs/session'
import { redisUrl } from '#config/redis'

/**
 * Sessions live server-side (Redis when REDIS_URL is set, else the database)
 * so a user's sessions can be listed and revoked; the cookie only carries the
 * signed session id.
 */
const sessionConfig = defineConfig({
  enabled: true,
  cookieName: 'nova_session',
  clearWithBrowser: false,
  age: '2h',
  cookie: {
    path: '/',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
  store: env.get('SESSION_DRIVER', redisUrl ? 'redis' : 'database'),
  stores: {
    database: stores.database({ tableName: 'sessions' }),
    redis: stores.redis({ connection: 'main' }),
  },
})

export default sessionConfig
