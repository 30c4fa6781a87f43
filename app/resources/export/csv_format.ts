/**
 * Byte order mark: without it Excel reads UTF-8 as the local code page and
 * Arabic turns to mojibake.
 */
export const UTF8_BOM = '\uFEFF'

const NEEDS_QUOTES = /[",\r\n]/

/**
 * One CSV field as RFC 4180 writes it: quoted when it holds a comma, quote
 * or line break, inner quotes doubled.
 */
export function csvField(value: string) {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

/**
 * One CSV record, CRLF-terminated.
 */
export function csvLine(values: string[]) {
  return `${values.map(csvField).join(',')}\r\n`
}
