import { DateTime } from 'luxon'
import { fieldError } from '#core/validation/field_error'
import type { ResourceHooks } from '#resources/define_resource'

export const ACTIVITY_TYPES = ['note', 'call', 'email', 'meeting', 'viewing'] as const
export const CALL_DIRECTIONS = ['inbound', 'outbound'] as const
export const CALL_OUTCOMES = ['answered', 'no_answer', 'busy', 'voicemail', 'wrong_number'] as const
export const LINK_FIELDS = ['leadId', 'dealId', 'contactId', 'companyId'] as const

/**
 * An activity happened now unless told otherwise, and is about at least
 * one record; call details belong to calls only.
 */
export const activityHooks: ResourceHooks = {
  async prepare(context, input, record) {
    const linked = LINK_FIELDS.some((field) => (input[field] ?? record?.[field] ?? null) !== null)
    if (!linked) throw fieldError(context.i18n, 'leadId', 'activityLink')
    if (!record && (input.occurredAt ?? null) === null) input.occurredAt = DateTime.utc()
    const type = input.type ?? record?.type
    if (type !== 'call') {
      input.callDirection = null
      input.callDuration = null
      input.callOutcome = null
    }
  },
}
