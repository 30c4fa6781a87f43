import vine from '@vinejs/vine'
import { LOCALES } from '#core/i18n/locales'
import { TWO_FACTOR_REQUIREMENTS } from '#identity/models/organization'
import { timezoneRule } from '#core/validation/rules'

export const updateSettingsValidator = vine.create({
  name: vine.string().trim().minLength(2).maxLength(160).optional(),
  defaultLocale: vine.enum(LOCALES).optional(),
  timezone: vine.string().trim().maxLength(64).use(timezoneRule()).optional(),
  currency: vine.string().trim().toUpperCase().fixedLength(3).alpha().optional(),
  requireTwoFactor: vine.enum(TWO_FACTOR_REQUIREMENTS).optional(),
  /** heads every mail: only https, so mail clients show it */
  logoUrl: vine
    .string()
    .trim()
    .maxLength(500)
    .url({ require_protocol: true, protocols: ['https'] })
    .nullable()
    .optional(),
})
