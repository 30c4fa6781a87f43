import db from '@adonisjs/lucid/services/db'
import DealStage from '#crm/models/deal_stage'
import { filteredQuery } from '#resources/engine/list_records'
import type { ResourceContext } from '#resources/engine/resource_context'

const PER_COLUMN = 50

type Totals = { stage_id: number; count: string; total: string | null; weighted: string | null }

/**
 * The kanban board: every stage of the organization in order, with the
 * deals the user may see (the list's filters apply), each column's count,
 * total value and probability-weighted value.
 */
export async function dealBoard(context: ResourceContext, qs: Record<string, any>) {
  const stages = await DealStage.query().whereNull('deleted_at').orderBy('position').orderBy('id')
  const totals = await filteredQuery(context, qs)
    .clearOrder()
    .clearSelect()
    .select('deals.stage_id')
    .count('* as count')
    .sum('deals.value as total')
    .select(db.raw('sum(deals.value * deals.probability / 100.0) as weighted'))
    .groupBy('deals.stage_id')
    .pojo<Totals>()

  const columns = []
  for (const stage of stages) {
    const rows = await filteredQuery(context, qs)
      .clearOrder()
      .where('deals.stage_id', stage.id)
      .orderBy('deals.position')
      .orderBy('deals.id')
      .limit(PER_COLUMN)
    const sums = totals.find((row) => Number(row.stage_id) === stage.id)
    columns.push({
      stage: {
        id: stage.id,
        name: context.i18n.locale === 'ar' ? stage.nameAr : stage.nameEn,
        probability: stage.probability,
        outcome: stage.outcome,
      },
      count: Number(sums?.count ?? 0),
      total: Number(sums?.total ?? 0).toFixed(2),
      weighted: Number(sums?.weighted ?? 0).toFixed(2),
      deals: await context.serializeMany(rows),
    })
  }
  return columns
}
