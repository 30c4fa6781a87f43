import vine from '@vinejs/vine'
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js'

export const DEFAULT_PHONE_REGION: CountryCode = 'SA'

/**
 * Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits as ASCII ones,
 * so a number typed on an Arabic keyboard is the same number.
 */
export function asciiDigits(value: string) {
  return value.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) =>
    String(digit.charCodeAt(0) & 0xf)
  )
}

/**
 * A phone number in E.164 (+966501234567), or undefined when the input is
 * not a valid number. Local numbers are read as Saudi ones.
 */
export function toE164(value: string, region: CountryCode = DEFAULT_PHONE_REGION) {
  const parsed = parsePhoneNumberFromString(asciiDigits(value).trim(), region)
  return parsed?.isValid() ? parsed.number : undefined
}

/**
 * Validates a phone number and stores it as E.164.
 */
export const phoneRule = vine.createRule((value, _options, field) => {
  if (typeof value !== 'string') return
  const normalized = toE164(value)
  if (!normalized) {
    field.report('The {{ field }} field must be a valid phone number', 'phone', field)
    return
  }
  field.mutate(normalized, field)
})
