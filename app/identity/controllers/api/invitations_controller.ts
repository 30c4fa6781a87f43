import type { HttpContext } from '@adonisjs/core/http'
import type User from '#identity/models/user'
import UserPolicy from '#identity/policies/user_policy'
import { inviteUser } from '#identity/actions/invitations'
import { inviteUserValidator } from '#identity/validators/users_validator'

/**
 * `POST /users` invites by e-mail; the invitee accepts with the mailed link
 * (`POST /auth/invitations/accept`).
 */
export default class InvitationsController {
  async store({ auth, request, response, bouncer, i18n }: HttpContext) {
    await bouncer.with(UserPolicy).authorize('create')
    const { email, role } = await request.validateUsing(inviteUserValidator)
    await bouncer.with(UserPolicy).authorize('assignRole', role)
    const invitation = await inviteUser(auth.user as User, email, role, i18n)
    return response.created({
      data: {
        id: invitation.id,
        email: invitation.email,
        role: invitation.role,
        expiresAt: invitation.expiresAt.toUTC().toISO(),
      },
    })
  }
}
