import type { HttpContext } from '@adonisjs/core/http'
import type User from '#identity/models/user'
import { recordAudit } from '#core/audit/audit'

/**
 * Signs the user into the admin panel: a regenerated session tagged with
 * the user (so it can be listed and revoked) and the device noted.
 */
export async function startWebSession(ctx: HttpContext, user: User, remember: boolean) {
  const { auth, session, request, i18n } = ctx
  await auth.use('web').login(user, remember)
  await session.tag(String(user.id))
  session.put('device', {
    ip: request.ip(),
    userAgent: request.header('user-agent')?.slice(0, 512) ?? null,
    lastUsedAt: new Date().toISOString(),
  })
  await recordAudit({ action: 'auth.login', actor: user, entity: { type: 'user', id: user.id } })
  session.flash('success', i18n.t('messages.auth.signedIn', { name: user.name }))
}
