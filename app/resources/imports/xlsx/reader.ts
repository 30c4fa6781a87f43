import { ZipArchive } from '#resources/imports/xlsx/zip_archive'
import { parseXmlItems } from '#resources/imports/xlsx/xml_stream'
import { readWorkbookParts, XlsxFormatError } from '#resources/imports/xlsx/workbook'
import { SheetRowCollector, type XlsxRow } from '#resources/imports/xlsx/sheet_rows'

export type { XlsxRow, XlsxValue } from '#resources/imports/xlsx/sheet_rows'
export { XlsxFormatError } from '#resources/imports/xlsx/workbook'

/**
 * Streams the rows of the first worksheet of an XLSX file that have a cell
 * value, in sheet order. The zip is read through its central directory, so
 * the order of its entries does not matter, and the worksheet is parsed a
 * chunk at a time: only the shared strings and styles are held in memory.
 * The file is closed however the iteration ends, including when the caller
 * stops early. Throws on a corrupt zip, a zip that is no workbook, or
 * shared strings beyond `maxSharedText` characters (MAX_SHARED_TEXT).
 */
export async function* readFirstWorksheet(
  path: string,
  options: { maxSharedText?: number } = {}
): AsyncGenerator<XlsxRow> {
  const zip = await ZipArchive.open(path)
  try {
    const parts = await readWorkbookParts(zip, options.maxSharedText)
    const stream = await zip.openText(parts.sheetPath)
    if (!stream) throw new XlsxFormatError('The first worksheet of the workbook is missing')
    const collector = new SheetRowCollector(parts)
    yield* parseXmlItems(stream, collector, () => collector.takeRows())
  } finally {
    zip.close()
  }
}
