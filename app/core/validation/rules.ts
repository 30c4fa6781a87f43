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

const PLAIN_NUMBER = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)\s*$/

/**
 * A number as people write one: a JSON number or decimal text
 * ("1250000.00", a query string's "2"); never "", "0x10", "1e5", true or
 * [5], which `Number()` also turns into numbers.
 */
export function plainNumber(written: unknown) {
  if (typeof written === 'number') return written
  return typeof written === 'string' && PLAIN_NUMBER.test(written) ? Number(written) : undefined
}

/** Follows `vine.number()`, so it sees the value as sent. */
const plainNumberRule = vine.createRule((_value, _options, field) => {
  if (plainNumber(field.parent?.[field.name]) === undefined) {
    field.report('The {{ field }} field must be a number', 'number', field)
  }
})

/** A number field: `vine.number()` held to plain numbers (see plainNumber). */
export function numberSchema() {
  return vine.number().use(plainNumberRule())
}

/** The largest id a record can have (a bigint column, read as a JS number). */
export const MAX_RECORD_ID = Number.MAX_SAFE_INTEGER

/** A record id in a body or a filter: a whole number PostgreSQL's bigint holds. */
export function recordIdSchema() {
  return numberSchema().withoutDecimals().range([1, MAX_RECORD_ID])
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
