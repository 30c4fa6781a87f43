import { defineConfig } from '@adonisjs/auth'
import { sessionGuard, sessionUserProvider } from '@adonisjs/auth/session'
import { tokensGuard } from '@adonisjs/auth/access_tokens'
import { tokenUserProvider } from '#identity/services/token_user_provider'
import type { InferAuthenticators, InferAuthEvents, Authenticators } from '@adonisjs/auth/types'

const authConfig = defineConfig({
  default: 'web',
  guards: {
    web: sessionGuard({
      useRememberMeTokens: true,
      rememberMeTokensAge: '30 days',
      provider: sessionUserProvider({ model: () => import('#identity/models/user') }),
    }),
    // bearer tokens: the user and their organization are read with the token
    api: tokensGuard({
      provider: tokenUserProvider({
        tokens: 'accessTokens',
        model: () => import('#identity/models/user'),
      }),
    }),
    pat: tokensGuard({
      provider: tokenUserProvider({
        tokens: 'personalTokens',
        model: () => import('#identity/models/user'),
      }),
    }),
  },
})

export default authConfig

declare module '@adonisjs/auth/types' {
  export interface Authenticators extends InferAuthenticators<typeof authConfig> {}
}
declare module '@adonisjs/core/types' {
  interface EventsList extends InferAuthEvents<Authenticators> {}
}
