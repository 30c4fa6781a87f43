import { DateTime } from 'luxon'
import mail from '@adonisjs/mail/services/main'
import db from '@adonisjs/lucid/services/db'
import User from '#identity/models/user'
import Invitation from '#identity/models/invitation'
import InvitationMail from '#identity/mails/invitation_mail'
import { hashToken, randomToken } from '#identity/services/account_tokens'
import { recordAudit } from '#core/audit/audit'
import type { Role } from '#identity/roles'
import { actorOf, dispatchEvents } from '#core/events/domain_events'
import { UserInvited } from '#identity/events/user_events'
import { EmailHasAccountException } from '#identity/errors'
import { fieldError } from '#core/validation/field_error'
import type { I18n } from '@adonisjs/i18n'

/** An account with this e-mail anywhere on the platform. */
function accountWithEmail(email: string) {
  return db
    .from('users')
    .select('id', 'organization_id')
    .whereRaw('lower(email) = ?', [email.toLowerCase()])
    .first()
}

/**
 * Invites someone into the inviter's agency with a role: a single-use link,
 * valid 7 days, mailed in the agency's language. A member of the agency
 * cannot be invited again (422); an e-mail with an account in another
 * agency is invited like any other, so that nothing tells it exists.
 */
export async function inviteUser(inviter: User, email: string, role: Role, i18n: I18n) {
  const account = await accountWithEmail(email)
  if (account && Number(account.organization_id) === inviter.organizationId) {
    throw fieldError(i18n, 'email', 'database.unique')
  }
  await inviter.load('organization')
  const token = randomToken()
  const invitation = await Invitation.create({
    organizationId: inviter.organizationId,
    email,
    role,
    hash: hashToken(token),
    invitedById: inviter.id,
    expiresAt: DateTime.now().plus({ days: 7 }),
  })
  const organization = inviter.organization
  await mail.sendLater(
    new InvitationMail({ email }, organization.defaultLocale, organization).withInvitation(
      token,
      inviter.name
    )
  )
  await recordAudit({
    action: 'user.invited',
    entity: { type: 'invitation', id: invitation.id },
    changes: { after: { email, role } },
  })
  const invited = { id: invitation.id, organizationId: inviter.organizationId, email, role }
  await dispatchEvents(new UserInvited(invited, actorOf(inviter)))
  return invitation
}

/**
 * The invitation a link points to, while it can still be accepted.
 */
export function pendingInvitation(token: string) {
  return Invitation.query()
    .where('hash', hashToken(token))
    .whereNull('accepted_at')
    .where('expires_at', '>', new Date())
    .preload('organization')
    .first()
}

/**
 * Turns an invitation into an account, once: accepting is a conditional
 * UPDATE. The e-mail is verified by the very fact the link was opened.
 */
export async function acceptInvitation(token: string, account: { name: string; password: string }) {
  const invitation = await pendingInvitation(token)
  if (!invitation) return null
  if (await accountWithEmail(invitation.email)) throw new EmailHasAccountException()
  const user = await db.transaction(async (trx) => {
    const accepted = await trx
      .from('invitations')
      .where('id', invitation.id)
      .whereNull('accepted_at')
      .update({ accepted_at: new Date() })
    if (Number(accepted) === 0) return null
    return User.create(
      {
        organizationId: invitation.organizationId,
        email: invitation.email,
        role: invitation.role,
        status: 'active',
        name: account.name,
        password: account.password,
        emailVerifiedAt: DateTime.now(),
      },
      { client: trx }
    )
  })
  if (!user) return null
  await recordAudit({
    action: 'user.joined',
    actor: user,
    entity: { type: 'user', id: user.id },
    changes: { after: { email: user.email, role: user.role } },
  })
  return user
}
