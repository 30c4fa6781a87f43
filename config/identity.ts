import env from '#start/env'

/**
 * Sign-in policy: token lifetimes, sign-up switch, API rate limit.
 */
const identityConfig = {
  accessTokenTtl: env.get('ACCESS_TOKEN_TTL', '15 minutes'),
  refreshTokenTtl: env.get('REFRESH_TOKEN_TTL', '30 days'),
  apiRateLimit: env.get('API_RATE_LIMIT', 300),
  signupEnabled: env.get('SIGNUP_ENABLED', true),
}

export default identityConfig
