import vine from '@vinejs/vine'
import { paginationSchema } from '#core/http/pagination'
import { NOTIFICATION_TYPE_NAMES } from '#notifications/notification_types'

export const listNotificationsValidator = vine.create({ ...paginationSchema })

export const notificationPreferencesValidator = vine.create({
  preferences: vine
    .array(
      vine.object({
        type: vine.enum(NOTIFICATION_TYPE_NAMES),
        inApp: vine.boolean(),
        email: vine.boolean(),
      })
    )
    .maxLength(NOTIFICATION_TYPE_NAMES.length)
    .distinct('type'),
  /** the morning summary by e-mail (unchanged when absent) */
  dailyDigest: vine.boolean().optional(),
})
