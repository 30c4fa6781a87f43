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

  // every column's first deals in one query, serialized together
  const ranked = filteredQuery(context, qs)
    .clearOrder()
    .clearSelect()
    .select(
      'deals.id',
      db.raw(
        'row_number() over (partition by deals.stage_id order by deals.position, deals.id) as rank'
      )
    )
  const firstOfColumns = db.from(ranked.as('ranked')).select('id').where('rank', '<=', PER_COLUMN)
  const rows = await filteredQuery(context, qs)
    .clearOrder()
    .whereIn('deals.id', firstOfColumns)
    .orderBy('deals.position')
    .orderBy('deals.id')
  const serialized = await context.serializeMany(rows)
  const dealsOf = (stageId: number) =>
    serialized.filter((_, index) => rows[index].stageId === stageId)

  return stages.map((stage) => {
    const sums = totals.find((row) => Number(row.stage_id) === stage.id)
    return {
      stage: {
        id: stage.id,
        name: context.i18n.locale === 'ar' ? stage.nameAr : stage.nameEn,
        probability: stage.probability,
        outcome: stage.outcome,
      },
      count: Number(sums?.count ?? 0),
      total: Number(sums?.total ?? 0).toFixed(2),
      weighted: Number(sums?.weighted ?? 0).toFixed(2),
      deals: dealsOf(stage.id),
    }
  })
}
