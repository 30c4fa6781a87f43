import db from '@adonisjs/lucid/services/db'
import type User from '#identity/models/user'
import { roleAtLeast } from '#identity/roles'
import Lead from '#crm/models/lead'
import { LEAD_STATUSES } from '#crm/rules/lead_rules'

export type LeadStats = { status: string; count: number; value: string }[]

/**
 * Lead counts and value sums by status, as the dashboard shows them. For
 * the whole organization they come from `lead_summaries`, which triggers
 * keep exact in the same transaction as every lead change, so they cost
 * one indexed read however many leads there are; a broker's own figures
 * are counted from their leads.
 */
export async function leadStats(user: User): Promise<LeadStats> {
  const rows = roleAtLeast(user.role, 'manager')
    ? await db
        .from('lead_summaries')
        .where('organization_id', user.organizationId)
        .select('status', 'count', db.raw('value_sum::text AS value'))
    : await Lead.query()
        .whereNull('deleted_at')
        .where((mine) => mine.where('owner_id', user.id).orWhere('assignee_id', user.id))
        .groupBy('status')
        .select('status')
        .count('* as count')
        .select(db.raw('COALESCE(sum(value), 0)::text AS value'))
        .pojo<{ status: string; count: string; value: string }>()
  const byStatus = new Map(rows.map((row) => [row.status, row]))
  return LEAD_STATUSES.map((status) => ({
    status,
    count: Number(byStatus.get(status)?.count ?? 0),
    value: Number(byStatus.get(status)?.value ?? 0).toFixed(2),
  }))
}
