import router from '@adonisjs/core/services/router'
import server from '@adonisjs/core/services/server'

server.errorHandler(() => import('#exceptions/handler'))

server.use([
  () => import('#middleware/request_id_middleware'),
  () => import('#middleware/security_headers_middleware'),
  () => import('#middleware/container_bindings_middleware'),
  // static files, Vite and Inertia, skipped for the JSON API (/api/v1/…)
  () => import('#middleware/static_files_middleware'),
  () => import('@adonisjs/cors/cors_middleware'),
  () => import('#middleware/browser_pages_middleware'),
])

router.use([
  () => import('@adonisjs/core/bodyparser_middleware'),
  () => import('#middleware/storable_input_middleware'),
  () => import('#middleware/initialize_auth_middleware'),
  () => import('#middleware/initialize_bouncer_middleware'),
])

export const middleware = router.named({
  session: () => import('@adonisjs/session/session_middleware'),
  readonlySession: () => import('#middleware/readonly_session_middleware'),
  shield: () => import('@adonisjs/shield/shield_middleware'),
  silentAuth: () => import('#middleware/silent_auth_middleware'),
  locale: () => import('#middleware/detect_user_locale_middleware'),
  guest: () => import('#middleware/guest_middleware'),
  auth: () => import('#middleware/auth_middleware'),
  apiAuth: () => import('#middleware/api_auth_middleware'),
  apiRateLimit: () => import('#middleware/api_rate_limit_middleware'),
  tokenAbility: () => import('#middleware/token_ability_middleware'),
  requireTwoFactor: () => import('#middleware/require_two_factor_middleware'),
  idempotency: () => import('#middleware/idempotency_middleware'),
  transmitAuth: () => import('#middleware/transmit_auth_middleware'),
})
