import vine from '@vinejs/vine'
import { DateTime, IANAZone } from 'luxon'

/**
 * An IANA time zone name such as "Asia/Riyadh".
 */
export const timezoneRule = vine.createRule((value, _options, field) => {
  if (typeof value === 'string' && !IANAZone.isValidZone(value)) {
    field.report('The {{ field }} field must be a valid time zone', 'timezone', field)
  }
})

/** The largest id a record can have (a bigint column, read as a JS number). */
export const MAX_RECORD_ID = Number.MAX_SAFE_INTEGER

/** A record id in a body or a filter: a whole number PostgreSQL's bigint holds. */
export function recordIdSchema() {
  return vine.number().withoutDecimals().range([1, MAX_RECORD_ID])
}

/** The largest amount a money column (numeric(14,2)) holds. */
export const MAX_MONEY_AMOUNT = 999_999_999_999.99

/** A date PostgreSQL can store and compare (years 1 to 9999), else undefined. */
export function storableDate(date: Date) {
  const year = date.getUTCFullYear()
  return Number.isNaN(date.getTime()) || year < 1 || year > 9999 ? undefined : date
}

/**
 * A date-time that exists on the calendar as written (no 30 February
 * rolled over into March) and that PostgreSQL can store (years 1 to 9999).
 * Follows `vine.date()`, which has read the value into a Date.
 */
export const calendarDateTimeRule = vine.createRule((value, _options, field) => {
  if (!(value instanceof Date)) return
  const written = field.parent?.[field.name]
  const exists = typeof written !== 'string' || DateTime.fromISO(written).isValid
  if (!exists || !storableDate(value)) {
    field.report('The {{ field }} field must be a valid date', 'date', field)
  }
})
