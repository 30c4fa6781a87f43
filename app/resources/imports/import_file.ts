import {
  detectFormat,
  headerNames,
  readSheet,
  type SheetFormat,
  type SheetRow,
} from '#resources/imports/sheet_reader'

/**
 * What the upload learns from a file in one streaming pass: its headers, a
 * few rows to show, and how many data rows it has (stopping as soon as it
 * is over the limit).
 */
export async function inspectFile(path: string, options: { sampleRows: number; maxRows: number }) {
  const format = await detectFormat(path)
  let headers: string[] | undefined
  const sample: string[][] = []
  let totalRows = 0
  for await (const { cells } of readSheet(path, format)) {
    if (!headers) {
      headers = headerNames(cells)
      continue
    }
    totalRows++
    if (totalRows > options.maxRows) break
    if (sample.length < options.sampleRows) {
      sample.push(headers.map((_, index) => cells[index] ?? ''))
    }
  }
  return { format, headers: headers ?? [], sample, totalRows }
}

export async function readHeaders(path: string) {
  const format = await detectFormat(path)
  for await (const { cells } of readSheet(path, format)) return headerNames(cells)
  return []
}

/**
 * The data rows of a file (the header row left out), a batch at a time.
 */
export async function* dataBatches(
  path: string,
  batchSize: number,
  format?: SheetFormat
): AsyncGenerator<SheetRow[]> {
  let header = true
  let batch: SheetRow[] = []
  for await (const row of readSheet(path, format ?? (await detectFormat(path)))) {
    if (header) {
      header = false
      continue
    }
    batch.push(row)
    if (batch.length >= batchSize) {
      yield batch
      batch = []
    }
  }
  if (batch.length) yield batch
}
