import env from '#start/env'
import { defineConfig } from '@adonisjs/cors'

/**
 * Cross-origin calls reach the JSON API only, from the origins listed in
 * CORS_ORIGINS (comma-separated). The admin panel is same-origin; API calls
 * carry bearer tokens, never cookies.
 */
const allowedOrigins = (env.get('CORS_ORIGINS') ?? '')
  .split(',')
  .map((origin) => origin.trim())
  .filter(Boolean)

const corsConfig = defineConfig({
  enabled: true,
  origin: (requestOrigin, ctx) =>
    ctx.request.url().startsWith('/api/') && allowedOrigins.includes(requestOrigin),
  methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
  headers: true,
  exposeHeaders: [
    'etag',
    'retry-after',
    'x-ratelimit-limit',
    'x-ratelimit-remaining',
    'x-request-id',
  ],
  credentials: false,
  maxAge: 600,
})

export default corsConfig
