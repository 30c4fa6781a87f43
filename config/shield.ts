import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/shield'

/**
 * The Vite dev server (development and tests) serves scripts and hot reload.
 */
const viteDev = app.inProduction ? [] : ['@viteDevUrl']
const viteHmr = app.inProduction ? [] : ['@viteHmrUrl']

const shieldConfig = defineConfig({
  csp: {
    enabled: true,
    directives: {
      defaultSrc: [`'self'`],
      scriptSrc: [`'self'`, ...viteDev],
      // PrimeVue injects its theme as <style> tags at runtime.
      styleSrc: [`'self'`, `'unsafe-inline'`, ...viteDev],
      imgSrc: [`'self'`, 'data:', 'blob:'],
      fontSrc: [`'self'`, 'data:'],
      connectSrc: [`'self'`, ...viteHmr],
      objectSrc: [`'none'`],
      baseUri: [`'none'`],
      frameAncestors: [`'none'`],
      formAction: [`'self'`],
    },
    reportOnly: false,
  },

  /**
   * The JSON API authenticates with bearer tokens, never cookies, so it is
   * outside CSRF; the Inertia client reads the XSRF-TOKEN cookie.
   */
  csrf: {
    enabled: true,
    exceptRoutes: (ctx) => ctx.request.url().startsWith('/api/'),
    enableXsrfCookie: true,
    methods: ['POST', 'PUT', 'PATCH', 'DELETE'],
  },

  xFrame: { enabled: true, action: 'DENY' },

  hsts: {
    enabled: true,
    maxAge: '365 days',
    includeSubDomains: true,
  },

  contentTypeSniffing: { enabled: true },
})

export default shieldConfig
