import type { Readable } from 'node:stream'
import { parseXml } from '#resources/imports/xlsx/xml_stream'

/**
 * Excel's built-in number formats that show a date or a time (ECMA-376
 * 18.8.30, plus the East Asian date formats).
 */
const BUILT_IN_DATE_FORMATS: [number, number][] = [
  [14, 22],
  [27, 36],
  [45, 47],
  [50, 58],
]

const DATE_LETTERS = new Set(['d', 'm', 'y', 'h', 's'])

/**
 * Whether a custom number format code shows a date or time: a d, m, y, h
 * or s outside quoted text, `[...]` sections (colors, locales, conditions)
 * and escaped or padding characters. `[h]:mm` stays a time, `[Red]0.00`
 * is a number.
 */
export function isDateFormatCode(code: string) {
  for (let index = 0; index < code.length; index++) {
    const char = code[index]
    if (char === '"' || char === '[') {
      const end = code.indexOf(char === '"' ? '"' : ']', index + 1)
      index = end === -1 ? code.length : end
    } else if (char === '\\' || char === '_' || char === '*') {
      index++
    } else if (DATE_LETTERS.has(char.toLowerCase())) {
      return true
    }
  }
  return false
}

function isBuiltInDateFormat(id: number) {
  return BUILT_IN_DATE_FORMATS.some(([first, last]) => id >= first && id <= last)
}

/**
 * Reads `xl/styles.xml`: for each cell style index (a cell's `s`), whether
 * its number format shows a date.
 */
export async function readDateStyles(stream: Readable): Promise<boolean[]> {
  const customCodes = new Map<number, string>()
  const formatIds: number[] = []
  let inCellXfs = false
  await parseXml(stream, {
    open(name, tag) {
      if (name === 'numFmt') {
        const id = Number(tag.attributes.numFmtId)
        customCodes.set(id, tag.attributes.formatCode ?? '')
      } else if (name === 'cellXfs') {
        inCellXfs = true
      } else if (name === 'xf' && inCellXfs) {
        formatIds.push(Number(tag.attributes.numFmtId ?? 0))
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false
    },
  })
  return formatIds.map((id) => {
    const code = customCodes.get(id)
    return code === undefined ? isBuiltInDateFormat(id) : isDateFormatCode(code)
  })
}
