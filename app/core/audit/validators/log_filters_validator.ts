import vine from '@vinejs/vine'
import { paginationSchema } from '#core/http/pagination'
import { recordIdSchema } from '#core/validation/rules'

const period = {
  from: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
  to: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
}

export const auditFiltersValidator = vine.create({
  ...paginationSchema,
  ...period,
  actorId: recordIdSchema().optional(),
  action: vine.string().trim().maxLength(64).optional(),
  entityType: vine.string().trim().maxLength(64).optional(),
  entityId: vine.string().trim().maxLength(64).optional(),
})

export const securityFiltersValidator = vine.create({
  ...paginationSchema,
  ...period,
  userId: recordIdSchema().optional(),
  event: vine.string().trim().maxLength(64).optional(),
})
