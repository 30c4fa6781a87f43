import env from '#start/env'
import app from '@adonisjs/core/services/app'
import proxyAddr from 'proxy-addr'
import { defineConfig } from '@adonisjs/core/http'

/**
 * Absolute links (mails, password resets) are built from APP_URL, never from
 * the request's Host header.
 */
export const appUrl = env.get('APP_URL')

export const http = defineConfig({
  generateRequestId: true,
  allowMethodSpoofing: false,
  useAsyncLocalStorage: true,
  /**
   * Responses are plain data (ints come back from pg as numbers, never
   * BigInt; nothing circular), so the native serializer does: it is about
   * twice as fast as the default safe stringifier on a page of records.
   */
  serializeJSON: (value: unknown) => JSON.stringify(value),
  /**
   * Proxies whose X-Forwarded-For is believed (client IPs key the rate
   * limits): none unless TRUSTED_PROXIES lists them (IPs, CIDRs, or
   * "loopback", "linklocal", "uniquelocal").
   */
  trustProxy: proxyAddr.compile(
    (env.get('TRUSTED_PROXIES') ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)
  ),
  cookie: {
    domain: '',
    path: '/',
    maxAge: '2h',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
})
