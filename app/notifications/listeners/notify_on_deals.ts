import type { DealLost, DealWon } from '#crm/events/deal_events'
import { notifyUsers } from '#notifications/actions/notify_users'
import { exceptActor, usersWithRole } from '#notifications/recipients'
import type { NotificationType } from '#notifications/notification_types'

/**
 * A closed deal: its owner and the organization's managers hear of it.
 */
export default class NotifyOnDeals {
  async won({ deal, actor }: DealWon) {
    await this.closed('deal.won', { deal, actor })
  }

  async lost({ deal, actor }: DealLost) {
    await this.closed('deal.lost', { deal, actor })
  }

  protected async closed(type: NotificationType, { deal, actor }: DealWon | DealLost) {
    const managers = await usersWithRole(deal.organizationId, ['manager'])
    await notifyUsers({
      type,
      organizationId: deal.organizationId,
      recipientIds: exceptActor([deal.ownerId, ...managers], actor),
      data: {
        deal: deal.title,
        dealId: deal.id,
        actor: actor?.name ?? null,
        reason: deal.closeReason,
      },
      url: `/deals/${deal.id}`,
    })
  }
}
