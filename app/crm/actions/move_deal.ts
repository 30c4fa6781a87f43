import Deal from '#crm/models/deal'
import { updateRecord } from '#resources/engine/record_actions'
import type { ResourceContext } from '#resources/engine/resource_context'

const GAP = 1024

/**
 * The sort key that puts a deal at `index` in a stage's column: halfway
 * between its new neighbours, so one move touches one row.
 */
async function positionAt(dealId: number, stageId: number, index: number | undefined) {
  const column = await Deal.query()
    .whereNull('deleted_at')
    .where('stage_id', stageId)
    .whereNot('id', dealId)
    .orderBy('position')
    .orderBy('id')
    .select('position')
  const positions = column.map((deal) => deal.position)
  const at = Math.min(index ?? positions.length, positions.length)
  const before = at > 0 ? positions[at - 1]! : undefined
  const after = at < positions.length ? positions[at]! : undefined
  if (before === undefined && after === undefined) return GAP
  if (before === undefined) return after! - GAP
  if (after === undefined) return before + GAP
  return (before + after) / 2
}

/**
 * Moves a deal between or within stages (the kanban's drag and drop). A
 * stage change goes through the deal's rules: probability, closing, reason,
 * history.
 */
export async function moveDeal(
  context: ResourceContext,
  dealId: number,
  move: { stageId: number; position?: number; closeReason?: string; version?: number }
) {
  await context.find(dealId)
  const position = await positionAt(dealId, move.stageId, move.position)
  const input: Record<string, unknown> = { stageId: move.stageId, position }
  if (move.closeReason !== undefined) input.closeReason = move.closeReason
  return updateRecord(context, dealId, input, move.version)
}
