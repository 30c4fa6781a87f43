import ExcelJS from 'exceljs'
import type { Writable } from 'node:stream'
import { UTF8_BOM, csvLine } from '#resources/export/csv_format'
import type { Cell } from '#resources/export/export_cells'

/**
 * Where exported rows go: a header, rows, then the end of the file. Both
 * write into `output` as they go; nothing is kept.
 */
export type SheetWriter = {
  header(labels: string[]): void
  row(cells: Cell[]): void
  end(): Promise<void>
}

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/** CSV text is handed to the stream in chunks of about this size. */
const CSV_CHUNK = 64 * 1024

/**
 * CSV as Excel opens it: UTF-8 with a byte order mark, RFC 4180 quoting,
 * CRLF line ends. Lines are gathered into chunks rather than written one
 * by one.
 */
export function csvWriter(output: Writable): SheetWriter {
  let pending = ''
  return {
    header(labels) {
      output.write(UTF8_BOM + csvLine(labels))
    },
    row(cells) {
      pending += csvLine(cells.map((cell) => (cell === null ? '' : String(cell))))
      if (pending.length >= CSV_CHUNK) {
        output.write(pending)
        pending = ''
      }
    },
    async end() {
      output.end(pending)
    },
  }
}

/** Characters Excel refuses in a sheet name, and its length limit. */
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g

/**
 * XLSX through exceljs' streaming writer: rows are committed (serialized
 * into the zip) as they are added, and the sheet reads right to left in
 * Arabic.
 */
export function xlsxWriter(output: Writable, sheetName: string, rightToLeft: boolean): SheetWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: false,
    useSharedStrings: false,
  })
  const sheet = workbook.addWorksheet(
    sheetName.replace(SHEET_NAME_FORBIDDEN, ' ').slice(0, 31) || 'Sheet1',
    { views: [{ rightToLeft, state: 'frozen', ySplit: 1 }] }
  )
  return {
    header(labels) {
      sheet.addRow(labels).commit()
    },
    row(cells) {
      sheet.addRow(cells).commit()
    },
    async end() {
      sheet.commit()
      await workbook.commit()
    },
  }
}
