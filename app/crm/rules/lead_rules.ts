import { toE164 } from '#core/validation/phone'
import { fieldError } from '#core/validation/field_error'
import Lead from '#crm/models/lead'
import { DuplicateLeadException } from '#crm/errors'
import { withinReach } from '#resources/engine/resource_context'
import type { ResourceHooks } from '#resources/define_resource'

export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'proposal', 'won', 'lost'] as const
export type LeadStatus = (typeof LEAD_STATUSES)[number]

/**
 * Another live lead of the organization with this e-mail or phone.
 */
export async function findDuplicateLead(
  values: { email?: string | null; phone?: string | null },
  exceptId?: number
) {
  const email = values.email?.toLowerCase()
  const phone = values.phone ? (toE164(values.phone) ?? values.phone) : undefined
  if (!email && !phone) return null
  const query = Lead.query()
    .whereNull('deleted_at')
    .where((match) => {
      if (email) match.orWhereRaw('lower(email) = ?', [email])
      if (phone) match.orWhere('phone', phone)
    })
  if (exceptId) query.whereNot('id', exceptId)
  return query.select('id', 'name').first()
}

/**
 * A lead is lost only with a reason; a new one that repeats an existing
 * e-mail or phone is refused unless forced.
 */
export const leadHooks: ResourceHooks = {
  async prepare(context, input, record, { force }) {
    const status = (input.status ?? record?.status ?? 'new') as LeadStatus
    const reason = input.lostReason !== undefined ? input.lostReason : record?.lostReason
    if (status === 'lost' && !reason) {
      throw fieldError(context.i18n, 'lostReason', 'requiredWhenLost')
    }
    if (status !== 'lost' && input.status !== undefined) input.lostReason = null
    if (record || force) return
    const duplicate = await findDuplicateLead(input as { email?: string; phone?: string })
    if (!duplicate) return
    // a broker is told a colleague has the client, not which lead it is
    const reachable = await withinReach(
      Lead.query().where('id', duplicate.id),
      context.resource,
      context.user
    ).first()
    throw new DuplicateLeadException(reachable ? { id: duplicate.id, title: duplicate.name } : null)
  },
}
