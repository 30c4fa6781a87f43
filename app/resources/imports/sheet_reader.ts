import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { parse } from 'csv-parse'
import { readFirstWorksheet } from '#resources/imports/xlsx/reader'
import { isStorableText, storableCopy } from '#core/validation/storable_text'

export type SheetFormat = 'csv' | 'xlsx'

/**
 * One non-empty row of the file: its number as a spreadsheet shows it (the
 * header is row 1) and its cells as text. Text the database cannot store
 * (a NUL character, a lone surrogate) is replaced by U+FFFD, and the
 * columns where that happened are listed, so the row can be refused
 * without anything failing downstream.
 */
export type SheetRow = { row: number; cells: string[]; unstorable?: number[] }

function sheetRow(row: number, cells: string[]): SheetRow {
  const unstorable: number[] = []
  const stored = cells.map((cell, index) => {
    if (isStorableText(cell)) return cell
    unstorable.push(index)
    return storableCopy(cell)
  })
  return unstorable.length ? { row, cells: stored, unstorable } : { row, cells }
}

/**
 * A file that is not a CSV/XLSX we can read (broken quoting, a corrupt
 * workbook). `line` is where the CSV parser gave up.
 */
export class UnreadableSheetError extends Error {
  constructor(
    readonly reason: string,
    readonly line?: number
  ) {
    super(reason)
  }
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04])
const DELIMITERS = [',', ';', '\t'] as const

async function readHead(path: string, bytes: number) {
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(bytes)
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/**
 * XLSX files are zip archives; anything else is read as CSV text.
 */
export async function detectFormat(path: string): Promise<SheetFormat> {
  const head = await readHead(path, 4)
  return head.equals(ZIP_MAGIC) ? 'xlsx' : 'csv'
}

/**
 * The delimiter of the header line: the most frequent of `,` `;` and tab
 * outside quotes (Excel in Arabic and European locales writes `;`).
 */
export function detectDelimiter(text: string) {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]))
  let quoted = false
  for (const char of text.replace(/^\uFEFF/, '')) {
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === '\n' || char === '\r')) break
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1)
  }
  let best: string = ','
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter
  return best
}

async function* csvRows(path: string): AsyncGenerator<SheetRow> {
  const head = await readHead(path, 64 * 1024)
  const parser = createReadStream(path).pipe(
    parse({
      bom: true,
      delimiter: detectDelimiter(head.toString('utf8')),
      relax_column_count: true,
      skip_empty_lines: false,
    })
  )
  let row = 0
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row++
      if (record.some((cell) => cell.trim() !== '')) yield sheetRow(row, record)
    }
  } catch (error) {
    const failure = error as { code?: string; message?: string; lines?: number }
    if (failure.code?.startsWith('CSV_')) {
      throw new UnreadableSheetError(failure.message ?? failure.code, failure.lines)
    }
    throw error
  } finally {
    parser.destroy()
  }
}

/**
 * A cell of a workbook as the text a user would type: dates as ISO dates
 * (with a time only when they have one), formulas as their result.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) {
    const iso = value.toISOString()
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso
  }
  if (typeof value === 'object') {
    const cell = value as Record<string, unknown>
    if (Array.isArray(cell.richText)) {
      return cell.richText.map((part: { text?: string }) => part.text ?? '').join('')
    }
    if ('result' in cell) return cellText(cell.result)
    if ('text' in cell) return cellText(cell.text)
  }
  return ''
}

async function* xlsxRows(path: string): AsyncGenerator<SheetRow> {
  try {
    for await (const { row, values } of readFirstWorksheet(path)) {
      const cells = Array.from(values, cellText)
      if (cells.some((cell) => cell.trim() !== '')) yield sheetRow(row, cells)
    }
  } catch (error) {
    throw new UnreadableSheetError((error as Error).message)
  }
}

/**
 * Streams the non-empty rows of a CSV or XLSX file, header first, without
 * loading the file into memory.
 */
export function readSheet(path: string, format: SheetFormat) {
  return format === 'xlsx' ? xlsxRows(path) : csvRows(path)
}

/**
 * The header row's names, made unique and never empty (they key the
 * column mapping).
 */
export function headerNames(cells: string[]) {
  const seen = new Map<string, number>()
  return cells.map((cell, index) => {
    const base = cell.replace(/^\uFEFF/, '').trim() || `#${index + 1}`
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    return count === 1 ? base : `${base} (${count})`
  })
}
