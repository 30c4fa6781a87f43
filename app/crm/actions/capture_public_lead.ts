import db from '@adonisjs/lucid/services/db'
import Organization from '#identity/models/organization'
import User from '#identity/models/user'
import Lead from '#crm/models/lead'
import { recordAudit } from '#core/audit/audit'
import { tenantContext } from '#core/tenancy/tenant_context'
import { dispatchEvents } from '#core/events/domain_events'
import { capturedLeadEvents } from '#crm/events/record_events'

type PublicLead = {
  name: string
  email?: string
  phone?: string
  companyName?: string
  message?: string
}

/**
 * Who gets the next website lead: the organization's fixed user, or the
 * next active broker after the last one served (round-robin). The
 * organization row is locked so two leads arriving together go to two
 * brokers.
 */
async function nextAssignee(organization: Organization, trx: any) {
  const locked = await Organization.query({ client: trx })
    .where('id', organization.id)
    .forUpdate()
    .firstOrFail()
  const active = User.query({ client: trx })
    .where('organization_id', organization.id)
    .where('status', 'active')
  if (locked.leadAssignment === 'fixed' && locked.leadAssigneeId) {
    const fixed = await active.clone().where('id', locked.leadAssigneeId).first()
    if (fixed) return fixed.id
  }
  const brokers = await active.clone().where('role', 'broker').orderBy('id').select('id')
  const pool = brokers.length ? brokers : await active.clone().orderBy('id').select('id')
  if (pool.length === 0) return null
  const next = pool.find((user) => user.id > (locked.lastAssignedUserId ?? 0)) ?? pool[0]!
  locked.lastAssignedUserId = next.id
  await locked.save()
  return next.id
}

/**
 * A lead from the organization's public form: source "website", assigned by
 * the organization's rule. Nothing about existing records is checked or
 * revealed.
 */
export async function capturePublicLead(organization: Organization, input: PublicLead) {
  return tenantContext.run(organization.id, async () => {
    const lead = await db.transaction(async (trx) => {
      const assigneeId = await nextAssignee(organization, trx)
      return Lead.create(
        {
          organizationId: organization.id,
          name: input.name,
          email: input.email?.toLowerCase() ?? null,
          phone: input.phone ?? null,
          companyName: input.companyName ?? null,
          notes: input.message ?? null,
          source: 'website',
          status: 'new',
          ownerId: assigneeId,
          assigneeId,
          tags: [],
          custom: {},
        },
        { client: trx }
      )
    })
    await recordAudit({
      action: 'leads.captured',
      actor: null,
      organizationId: organization.id,
      entity: { type: 'leads', id: lead.id },
      changes: { after: { source: 'website', assigneeId: lead.assigneeId } },
    })
    await dispatchEvents(...capturedLeadEvents(lead))
    return lead
  })
}
