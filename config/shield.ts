import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/shield'

const shieldConfig = defineConfig({
  csp: {
    enabled: true,
    directives: {
      defaultSrc: [`'self'`],
      // Assets come from the app itself, or from Vite's CDN URL when one is set.
      scriptSrc: [`'self'`, '@viteUrl'],
      // PrimeVue injects its theme as <style> tags at runtime.
      styleSrc: [`'self'`, `'unsafe-inline'`, '@viteUrl'],
      imgSrc: [`'self'`, 'data:', 'blob:'],
      fontSrc: [`'self'`, 'data:'],
      // Vite's hot-reload socket in development.
      connectSrc: [`'self'`, ...(app.inProduction ? [] : ['ws:'])],
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
