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
