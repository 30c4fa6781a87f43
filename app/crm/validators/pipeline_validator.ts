import vine from '@vinejs/vine'

export const convertLeadValidator = vine.create({
  contactId: vine.number().withoutDecimals().positive().optional(),
  companyId: vine.number().withoutDecimals().positive().optional(),
  dealTitle: vine.string().trim().maxLength(200).optional(),
})

export const moveDealValidator = vine.create({
  stageId: vine.number().withoutDecimals().positive(),
  position: vine.number().withoutDecimals().min(0).max(100_000).optional(),
  closeReason: vine.string().trim().maxLength(500).optional(),
  version: vine.number().withoutDecimals().positive().optional(),
})
