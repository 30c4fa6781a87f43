import { ApiRequest } from '@japa/api-client'
import { parse } from 'csv-parse/sync'

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * The API client reads unknown types as text; a workbook is binary.
 */
ApiRequest.addParser(XLSX, (response, callback) => {
  const chunks: Buffer[] = []
  response.on('data', (chunk: Buffer) => chunks.push(chunk))
  response.on('end', () => callback(null, Buffer.concat(chunks)))
})

/**
 * The rows of a downloaded CSV (byte-order mark included).
 */
export function csvRows(text: string) {
  return parse(text, { bom: true }) as string[][]
}

/**
 * A CSV file as spreadsheet programs write it (byte-order mark, CRLF,
 * quoted where needed).
 */
export function csvOf(headers: string[], rows: string[][], delimiter = ',') {
  const field = (value: string) =>
    /[",;\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
  const lines = [headers, ...rows].map((line) => line.map(field).join(delimiter))
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8')
}
