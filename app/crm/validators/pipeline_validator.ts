import vine from '@vinejs/vine'
import { recordIdSchema } from '#core/validation/rules'

export const convertLeadValidator = vine.create({
  contactId: recordIdSchema().optional(),
  companyId: recordIdSchema().optional(),
  dealTitle: vine.string().trim().maxLength(200).optional(),
})

export const moveDealValidator = vine.create({
  stageId: recordIdSchema(),
  position: vine.number().withoutDecimals().min(0).max(100_000).optional(),
  closeReason: vine.string().trim().maxLength(500).optional(),
  version: vine.number().withoutDecimals().range([1, 2_147_483_647]).optional(),
})
