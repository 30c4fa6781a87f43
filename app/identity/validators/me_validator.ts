import vine from '@vinejs/vine'
import { LOCALES } from '#core/i18n/locales'
import { timezoneRule } from '#core/validation/rules'

/**
 * Only these fields of the profile can be changed by their owner; anything
 * else in the body is dropped by the validator.
 */
export const updateMeValidator = vine.create({
  name: vine.string().trim().minLength(2).maxLength(160).optional(),
  phone: vine
    .string()
    .trim()
    .regex(/^\+[1-9]\d{6,14}$/)
    .nullable()
    .optional(),
  locale: vine.enum(LOCALES).nullable().optional(),
  timezone: vine.string().trim().maxLength(64).use(timezoneRule()).nullable().optional(),
})
