import db from '@adonisjs/lucid/services/db'
import { prepared } from '#core/query/prepared'
import type User from '#identity/models/user'
import { roleAtLeast } from '#identity/roles'
import Lead from '#crm/models/lead'
import { LEAD_STATUSES } from '#crm/rules/lead_rules'

export type LeadStats = { status: string; count: number; value: string }[]

type LeadSummaryRow = { status: string; count: string | number; value: string }

/**
 * The organization's maintained figures: one indexed read of a few rows per
 * status (the stripes writers add to without waiting on each other).
 */
const ORGANIZATION_SUMMARY =
  'SELECT "status", sum("count") AS "count", sum(value_sum)::text AS value FROM "lead_summaries" ' +
  'WHERE "organization_id" = ? GROUP BY "status"'

async function organizationSummary(organizationId: number) {
  const result = await prepared(
    db.rawQuery(ORGANIZATION_SUMMARY, [organizationId]),
    'nova_lead_summary'
  )
  return result.rows as LeadSummaryRow[]
}

/**
 * Lead counts and value sums by status, as the dashboard shows them. For
 * the whole organization they come from `lead_summaries`, which triggers
 * keep exact in the same transaction as every lead change, so they cost
 * one indexed read however many leads there are; a broker's own figures
 * are counted from their leads.
 */
export async function leadStats(user: User): Promise<LeadStats> {
  const rows = roleAtLeast(user.role, 'manager')
    ? await organizationSummary(user.organizationId)
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
