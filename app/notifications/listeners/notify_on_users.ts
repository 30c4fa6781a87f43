import type { UserInvited, UserRoleChanged } from '#identity/events/user_events'
import { notifyUsers } from '#notifications/actions/notify_users'
import { exceptActor, usersWithRole } from '#notifications/recipients'

/**
 * The team: a user hears that their role changed; the other admins hear
 * of an invitation.
 */
export default class NotifyOnUsers {
  async roleChanged({ user, to, actor }: UserRoleChanged) {
    await notifyUsers({
      type: 'user.role_changed',
      organizationId: user.organizationId,
      recipientIds: exceptActor([user.id], actor),
      data: { role: to, actor: actor?.name ?? null },
      url: '/profile',
    })
  }

  async invited({ invitation, actor }: UserInvited) {
    const admins = await usersWithRole(invitation.organizationId, ['owner', 'admin'])
    await notifyUsers({
      type: 'user.invited',
      organizationId: invitation.organizationId,
      recipientIds: exceptActor(admins, actor),
      data: { email: invitation.email, role: invitation.role, actor: actor?.name ?? null },
      url: '/team',
    })
  }
}
