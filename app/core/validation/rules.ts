import vine from '@vinejs/vine'
import { IANAZone } from 'luxon'

/**
 * An IANA time zone name such as "Asia/Riyadh".
 */
export const timezoneRule = vine.createRule((value, _options, field) => {
  if (typeof value === 'string' && !IANAZone.isValidZone(value)) {
    field.report('The {{ field }} field must be a valid time zone', 'timezone', field)
  }
})
