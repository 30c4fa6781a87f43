import vine from '@vinejs/vine'
import { LEAD_ASSIGNMENTS } from '#identity/models/organization'
import { recordIdSchema } from '#core/validation/rules'

const origin = vine
  .string()
  .trim()
  .maxLength(200)
  .regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i)

export const leadCaptureValidator = vine.create({
  leadAssignment: vine.enum(LEAD_ASSIGNMENTS),
  leadAssigneeId: recordIdSchema().nullable().optional(),
  allowedOrigins: vine.array(origin).maxLength(20).distinct(),
  leadSources: vine
    .array(
      vine.object({
        value: vine
          .string()
          .trim()
          .regex(/^[a-z][a-z0-9_]{1,39}$/),
        labelEn: vine.string().trim().minLength(1).maxLength(80),
        labelAr: vine.string().trim().minLength(1).maxLength(80),
      })
    )
    .minLength(1)
    .maxLength(40)
    .distinct('value'),
})
