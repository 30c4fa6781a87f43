import type { LeadAssigned, LeadCreated } from '#crm/events/lead_events'
import { notifyUsers } from '#notifications/actions/notify_users'
import { exceptActor } from '#notifications/recipients'

/**
 * Leads: the assignee hears of a lead handed to them (by someone else) and
 * of a lead that arrived for them through the website form.
 */
export default class NotifyOnLeads {
  async assigned({ lead, actor }: LeadAssigned) {
    await notifyUsers({
      type: 'lead.assigned',
      organizationId: lead.organizationId,
      recipientIds: exceptActor([lead.assigneeId], actor),
      data: { lead: lead.name, leadId: lead.id, actor: actor?.name ?? null },
      url: `/leads/${lead.id}`,
    })
  }

  async created({ lead, origin }: LeadCreated) {
    if (origin !== 'public_form') return
    await notifyUsers({
      type: 'lead.captured',
      organizationId: lead.organizationId,
      recipientIds: [lead.assigneeId],
      data: { lead: lead.name, leadId: lead.id },
      url: `/leads/${lead.id}`,
    })
  }
}
