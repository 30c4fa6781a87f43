import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, stores } from '@adonisjs/session'

/**
 * Sessions live server-side (database by default) so a user's sessions can be
 * listed and revoked; the cookie only carries the signed session id.
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
  store: env.get('SESSION_DRIVER', 'database'),
  stores: {
    database: stores.database({ tableName: 'sessions' }),
  },
})

export default sessionConfig
