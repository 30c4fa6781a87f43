import vine from '@vinejs/vine'
import { recordIdSchema, numberSchema } from '#core/validation/rules'

export const convertLeadValidator = vine.create({
  contactId: recordIdSchema().optional(),
  companyId: recordIdSchema().optional(),
  dealTitle: vine.string().trim().maxLength(200).optional(),
})

export const moveDealValidator = vine.create({
  stageId: recordIdSchema(),
  position: numberSchema().withoutDecimals().min(0).max(100_000).optional(),
  closeReason: vine.string().trim().maxLength(500).optional(),
  version: numberSchema().withoutDecimals().range([1, 2_147_483_647]).optional(),
})
