import { DateTime } from 'luxon'
import { asciiDigits } from '#core/validation/phone'
import type { ResolvedField } from '#resources/engine/resource_fields'
import { looseText } from '#resources/imports/header_matching'

const TRUE_WORDS = new Set(['yes', 'y', 'true', '1', 'on', 'x', 'نعم', 'صح', 'صحيح'])
const FALSE_WORDS = new Set(['no', 'n', 'false', '0', 'off', 'لا', 'خطا'])
const LIST_SEPARATOR = /[,;\u060C\u061B]/
const DATE_FORMATS = ['yyyy-MM-dd', 'd/M/yyyy', 'd-M-yyyy', 'd.M.yyyy', 'yyyy/M/d']
const DATETIME_FORMATS = [
  'yyyy-MM-dd HH:mm:ss',
  'yyyy-MM-dd HH:mm',
  'd/M/yyyy HH:mm',
  'd/M/yyyy H:mm',
]

/**
 * What one cell means for one field, before validation. A value the
 * conversion does not understand is passed on as it is, so the validator
 * reports it with the API's own message.
 */
export type CellContext = {
  /** select values by their loose names (value, English and Arabic label) */
  options?: Map<string, string>
  /** the organization's currency, for money cells that give only an amount */
  currency: string
}

/**
 * A number as people type it: Arabic-Indic digits, the Arabic decimal and
 * thousands separators, spaces or commas between thousands.
 */
export function parseNumber(text: string) {
  let value = asciiDigits(text)
    .replace(/\u066B/g, '.')
    .replace(/[\u066C\s\u00A0]/g, '')
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(value)) value = value.replaceAll(',', '')
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(value)) return undefined
  return Number(value)
}

function parseBoolean(text: string) {
  const word = looseText(text)
  if (TRUE_WORDS.has(word)) return true
  if (FALSE_WORDS.has(word)) return false
  return text
}

/**
 * Dates as ISO (`YYYY-MM-DD`) or day first (`31/12/2024`), as written in
 * Saudi Arabia and most of the world; Excel dates arrive as ISO already.
 */
function parseDate(text: string) {
  const value = asciiDigits(text)
  for (const format of DATE_FORMATS) {
    const date = DateTime.fromFormat(value, format, { zone: 'utc' })
    if (date.isValid) return date.toISODate()!
  }
  const iso = DateTime.fromISO(value, { zone: 'utc' })
  return iso.isValid ? iso.toISODate()! : text
}

function parseDateTime(text: string) {
  const value = asciiDigits(text)
  const iso = DateTime.fromISO(value, { zone: 'utc' })
  if (iso.isValid) return iso.toUTC().toISO()!
  for (const format of DATETIME_FORMATS) {
    const date = DateTime.fromFormat(value, format, { zone: 'utc' })
    if (date.isValid) return date.toISO()!
  }
  return text
}

function parseMoney(text: string, currency: string) {
  const match = /^([A-Za-z]{3})?\s*([^A-Za-z]+?)\s*([A-Za-z]{3})?$/.exec(text.trim())
  const amount = match ? parseNumber(match[2]) : undefined
  if (amount === undefined) return text
  return { amount, currency: (match![1] ?? match![3] ?? currency).toUpperCase() }
}

function splitList(text: string) {
  return text
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter(Boolean)
}

function optionValue(text: string, options?: Map<string, string>) {
  return options?.get(looseText(text)) ?? text
}

/**
 * The input value of a non-empty cell for a field (relations are resolved
 * separately, in one query per batch). Empty cells give `undefined`: the
 * field is left alone.
 */
export function cellValue(field: ResolvedField, cell: string, context: CellContext): unknown {
  const text = cell.trim()
  if (text === '') return undefined
  switch (field.type) {
    case 'number':
    case 'percent':
      return parseNumber(text.replace(/%$/, '')) ?? text
    case 'money':
      return parseMoney(text, context.currency)
    case 'boolean':
      return parseBoolean(text)
    case 'date':
      return parseDate(text)
    case 'datetime':
      return parseDateTime(text)
    case 'select':
      return optionValue(text, context.options)
    case 'multiSelect':
      return [...new Set(splitList(text).map((item) => optionValue(item, context.options)))]
    case 'tags':
      return [...new Set(splitList(text))]
    default:
      return text
  }
}
