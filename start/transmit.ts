import type { HttpContext } from '@adonisjs/core/http'
import transmit from '@adonisjs/transmit/services/main'
import { middleware } from '#start/kernel'
import type User from '#identity/models/user'
import { streamOwners } from '#notifications/realtime/stream_owners'

/**
 * The signed-in user subscribing their own event stream, if that is who
 * this is.
 */
function subscriber(ctx: HttpContext) {
  const user = ctx.auth?.user as User | undefined
  if (!user || streamOwners.ownerOf(ctx.request.input('uid')) !== user.id) return null
  return user
}

/**
 * A user may listen to their own channel and their organization's; every
 * other channel is refused (a channel without a rule would be open to all).
 */
transmit.authorize<{ id: string }>('users/:id', (ctx, { id }) => {
  return String(subscriber(ctx)?.id) === id
})
transmit.authorize<{ id: string }>('organizations/:id', (ctx, { id }) => {
  return String(subscriber(ctx)?.organizationId) === id
})
transmit.authorize('*', () => false)

/**
 * `/__transmit/events|subscribe|unsubscribe` for signed-in users, by session
 * or bearer token. No CSRF token: a subscription only ever feeds the
 * subscriber's own stream, and the session cookie is SameSite=Lax.
 */
transmit.registerRoutes((route) => {
  route.use([middleware.readonlySession(), middleware.locale(), middleware.transmitAuth()])
})
