import { DateTime } from 'luxon'
import { fieldError } from '#core/validation/field_error'
import DealStage from '#crm/models/deal_stage'
import DealStageChange from '#crm/models/deal_stage_change'
import type { ResourceHooks } from '#resources/define_resource'

/**
 * A deal takes its stage's probability unless one is given, needs a reason
 * to be lost, is closed when it reaches a won or lost stage, and keeps a
 * history of its stays in each stage.
 */
export const dealHooks: ResourceHooks = {
  async prepare(context, input, record, { client }) {
    const stageId = (input.stageId ?? record?.stageId) as number | undefined
    const stage = stageId ? await DealStage.find(stageId, { client }) : null
    if (!stage) throw fieldError(context.i18n, 'stageId', 'exists')
    const stageChanged =
      record === null || (input.stageId !== undefined && input.stageId !== record.stageId)
    if (stageChanged && input.probability === undefined) input.probability = stage.probability
    const reason = input.closeReason !== undefined ? input.closeReason : record?.closeReason
    if (stage.outcome === 'lost' && !reason) {
      throw fieldError(context.i18n, 'closeReason', 'requiredWhenLost')
    }
    if (stageChanged) {
      input.closedAt = stage.outcome === 'open' ? null : DateTime.utc()
      input.stageEnteredAt = DateTime.utc()
    }
  },

  async afterWrite(context, record, before, trx) {
    if (before && before.stageId === record.stageId) return
    const now = DateTime.utc()
    if (before) {
      await DealStageChange.query({ client: trx })
        .where('deal_id', record.id)
        .whereNull('left_at')
        .update({ left_at: now.toSQL() })
    }
    await DealStageChange.create(
      {
        organizationId: record.organizationId,
        dealId: record.id,
        fromStageId: before ? (before.stageId as number) : null,
        toStageId: record.stageId,
        userId: context.user.id,
        enteredAt: now,
      },
      { client: trx }
    )
  },
}
