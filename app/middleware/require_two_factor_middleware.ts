import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type User from '#identity/models/user'
import { TwoFactorRequiredException } from '#identity/errors'

/**
 * When the agency requires two-factor for the user's role and they have not
 * set it up, they can reach only their profile (to set it up) until they do.
 */
export default class RequireTwoFactorMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const user = ctx.auth.user as User | undefined
    if (!user || user.twoFactorEnabled) return next()
    const organization = await user.loadOrganization()
    if (!organization.requiresTwoFactorFor(user.role)) return next()

    const allowed = ctx.route?.name ?? ''
    if (ALLOWED_ROUTES.some((prefix) => allowed.startsWith(prefix))) return next()
    throw new TwoFactorRequiredException()
  }
}

const ALLOWED_ROUTES = [
  'admin.profile.show',
  'profile.two_factor.',
  'session.destroy',
  'locale.update',
  'api.v1.me.show',
  'api.v1.me.two_factor.',
  'api.v1.auth.logout',
]
