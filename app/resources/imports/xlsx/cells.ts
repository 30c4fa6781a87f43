/**
 * The widest sheet Excel allows (column XFD).
 */
export const MAX_COLUMNS = 16_384

const MS_PER_DAY = 86_400_000
/** Serial of 1970-01-01 in the 1900 date system (day 0 is 1899-12-30). */
const UNIX_EPOCH_1900 = 25_569
/** Serial of 1970-01-01 in the 1904 date system (day 0 is 1904-01-01). */
const UNIX_EPOCH_1904 = 24_107
/** Excel counts a 1900-02-29 (serial 60) that never was. */
const FICTITIOUS_LEAP_DAY = 60

/**
 * Decodes OOXML's `_xHHHH_` escapes (`_x000D_` is a carriage return;
 * `_x005F_` an underscore, so `_x005F_x0041_` stays `_x0041_`).
 */
export function decodeEscapes(text: string) {
  if (!text.includes('_x')) return text
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16))
  )
}

/**
 * The zero-based column of a cell reference (`A1` is 0, `AB7` is 27), or
 * undefined when the reference has no column letters.
 */
export function columnIndex(reference: string): number | undefined {
  let column = 0
  let index = 0
  for (; index < reference.length; index++) {
    const code = reference.charCodeAt(index) | 0x20
    if (code < 0x61 || code > 0x7a) break
    column = column * 26 + (code - 0x60)
    if (column > MAX_COLUMNS) return MAX_COLUMNS
  }
  return index === 0 ? undefined : column - 1
}

/**
 * The moment an Excel date serial stands for, read as UTC (a spreadsheet
 * has no time zone). Serials before 1900-03-01 are shifted by the day
 * Excel wrongly counts as 1900-02-29; time-only values (below 1) are not.
 */
export function serialToDate(serial: number, date1904: boolean) {
  const days = date1904
    ? serial - UNIX_EPOCH_1904
    : serial - UNIX_EPOCH_1900 + (serial >= 1 && serial < FICTITIOUS_LEAP_DAY ? 1 : 0)
  return new Date(Math.round(days * MS_PER_DAY))
}

/**
 * The value of a `t="d"` cell (an ISO 8601 date, time or both), read as UTC
 * when it names no zone; the text itself when it is no date.
 */
export function isoCellDate(text: string): Date | string {
  const trimmed = text.trim()
  const zoned = /T.*(Z|[+-]\d{2}:?\d{2})$/.test(trimmed)
  const date = new Date(trimmed.includes('T') && !zoned ? `${trimmed}Z` : trimmed)
  return Number.isNaN(date.getTime()) ? text : date
}
