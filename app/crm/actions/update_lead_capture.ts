import db from '@adonisjs/lucid/services/db'
import type { I18n } from '@adonisjs/i18n'
import type Organization from '#identity/models/organization'
import { type LeadAssignment, type LeadSource } from '#identity/models/organization'
import User from '#identity/models/user'
import { diff, recordAudit } from '#core/audit/audit'
import { fieldError } from '#core/validation/field_error'
import { bumpSchemaVersion } from '#core/tenancy/schema_version'

type LeadCapture = {
  leadAssignment: LeadAssignment
  leadAssigneeId?: number | null
  allowedOrigins: string[]
  leadSources: LeadSource[]
}

/**
 * How the agency receives leads: who gets website leads, which sites may
 * post the public form, and the list of lead sources (a change of sources
 * reshapes lead records, so it bumps the schema version).
 */
export async function updateLeadCapture(
  organization: Organization,
  input: LeadCapture,
  i18n: I18n
) {
  const assigneeId = input.leadAssignment === 'fixed' ? (input.leadAssigneeId ?? null) : null
  if (input.leadAssignment === 'fixed') {
    const assignee = assigneeId
      ? await User.query().where('id', assigneeId).where('status', 'active').first()
      : null
    if (!assignee) throw fieldError(i18n, 'leadAssigneeId', 'exists')
  }
  const before = {
    leadAssignment: organization.leadAssignment,
    leadAssigneeId: organization.leadAssigneeId,
    allowedOrigins: JSON.stringify(organization.allowedOrigins),
    leadSources: JSON.stringify(organization.leadSources),
  }
  await db.transaction(async (trx) => {
    organization.useTransaction(trx)
    organization.merge({
      leadAssignment: input.leadAssignment,
      leadAssigneeId: assigneeId,
      allowedOrigins: input.allowedOrigins,
      leadSources: input.leadSources,
    })
    await organization.save()
    if (before.leadSources !== JSON.stringify(input.leadSources)) {
      await bumpSchemaVersion(organization.id, trx)
    }
  })
  await recordAudit({
    action: 'organization.lead_capture_updated',
    entity: { type: 'organization', id: organization.id },
    changes: diff(before, {
      leadAssignment: organization.leadAssignment,
      leadAssigneeId: organization.leadAssigneeId,
      allowedOrigins: JSON.stringify(organization.allowedOrigins),
      leadSources: JSON.stringify(organization.leadSources),
    }),
  })
}
