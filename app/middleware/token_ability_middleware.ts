import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type User from '#identity/models/user'
import { MissingAbilityException } from '#identity/errors'

/**
 * A route's token ability: the calling token must hold it ("*" holds all).
 * Role permissions still apply on top.
 */
export default class TokenAbilityMiddleware {
  handle(ctx: HttpContext, next: NextFn, ability: string) {
    const token = (ctx.auth.user as User | undefined)?.currentAccessToken
    if (token && !token.allows(ability)) throw new MissingAbilityException()
    return next()
  }
}
