import { posix } from 'node:path'
import type { ZipArchive } from '#resources/imports/xlsx/zip_archive'
import { parseXml, prefixedAttribute } from '#resources/imports/xlsx/xml_stream'
import { decodeEscapes } from '#resources/imports/xlsx/cells'
import { readDateStyles } from '#resources/imports/xlsx/styles'

/**
 * A file that opens as a zip but is not a workbook we can read.
 */
export class XlsxFormatError extends Error {}

/**
 * What reading the first worksheet of a workbook needs to know.
 */
export type WorkbookParts = {
  sheetPath: string
  date1904: boolean
  sharedStrings: string[]
  dateStyles: boolean[]
}

type Relationship = { type: string; target: string }

const DEFAULT_WORKBOOK_PATH = 'xl/workbook.xml'

/**
 * A relationship target as a path inside the archive: relative to the
 * folder of the part that names it, or from the root when it starts with /.
 */
function resolveTarget(partPath: string, target: string) {
  if (target.startsWith('/')) return posix.normalize(target.slice(1))
  return posix.normalize(posix.join(posix.dirname(partPath), target))
}

function relationshipsPath(partPath: string) {
  return posix.join(posix.dirname(partPath), '_rels', `${posix.basename(partPath)}.rels`)
}

async function readRelationships(zip: ZipArchive, partPath: string) {
  const relationships = new Map<string, Relationship>()
  const stream = await zip.openText(relationshipsPath(partPath))
  if (!stream) return relationships
  await parseXml(stream, {
    open(name, tag) {
      const id = tag.attributes.Id
      const target = tag.attributes.Target
      if (name !== 'Relationship' || !id || !target) return
      if (tag.attributes.TargetMode === 'External') return
      relationships.set(id, {
        type: tag.attributes.Type ?? '',
        target: resolveTarget(partPath, target),
      })
    },
  })
  return relationships
}

function targetOfType(relationships: Map<string, Relationship>, type: string) {
  for (const relationship of relationships.values()) {
    if (relationship.type.endsWith(`/${type}`)) return relationship.target
  }
  return undefined
}

async function readWorkbookPart(zip: ZipArchive, path: string) {
  const stream = await zip.openText(path)
  if (!stream) throw new XlsxFormatError(`Not an XLSX workbook: ${path} is missing`)
  let firstSheetId: string | undefined
  let sheetCount = 0
  let date1904 = false
  let inSheets = false
  await parseXml(stream, {
    open(name, tag) {
      if (name === 'workbookPr') {
        const value = tag.attributes.date1904
        date1904 = value === '1' || value === 'true'
      } else if (name === 'sheets') {
        inSheets = true
      } else if (name === 'sheet' && inSheets) {
        sheetCount++
        if (sheetCount === 1) firstSheetId = prefixedAttribute(tag, 'id')
      }
    },
    close(name) {
      if (name === 'sheets') inSheets = false
    },
  })
  if (sheetCount === 0) throw new XlsxFormatError('The workbook has no worksheet')
  return { firstSheetId, date1904 }
}

/**
 * How much shared text (in characters) a workbook may hold: all of it is
 * kept in memory while the sheet streams, so a small file that unzips to a
 * huge table (a zip bomb) must stop here. That is about twice what the
 * names, e-mails and phones of a 1,000,000-row import need (~56M).
 */
export const MAX_SHARED_TEXT = 128 * 1024 * 1024

async function readSharedStrings(zip: ZipArchive, path: string, maxText: number) {
  const strings: string[] = []
  const stream = await zip.openText(path)
  if (!stream) return strings
  let size = 0
  let current = ''
  let run = ''
  let inRun = false
  let inPhonetic = false
  const checkSize = (pending: number) => {
    if (size + pending > maxText) {
      throw new XlsxFormatError(`The shared strings hold more than ${maxText} characters`)
    }
  }
  await parseXml(stream, {
    open(name) {
      if (name === 'si') current = ''
      else if (name === 'rPh') inPhonetic = true
      else if (name === 't' && !inPhonetic) {
        inRun = true
        run = ''
      }
    },
    text(text) {
      if (!inRun) return
      run += text
      checkSize(run.length)
    },
    close(name) {
      if (name === 't' && inRun) {
        inRun = false
        current += decodeEscapes(run)
        size += run.length
      } else if (name === 'rPh') inPhonetic = false
      else if (name === 'si') {
        strings.push(current)
        size++ // empty strings count too: millions of them weigh as much
        checkSize(0)
      }
    },
  })
  return strings
}

async function readStyles(zip: ZipArchive, path: string) {
  const stream = await zip.openText(path)
  return stream ? readDateStyles(stream) : []
}

/**
 * Finds the first worksheet (in tab order) and reads the parts its cells
 * refer to: shared strings, cell styles and the date system.
 */
export async function readWorkbookParts(
  zip: ZipArchive,
  maxSharedText = MAX_SHARED_TEXT
): Promise<WorkbookParts> {
  const packageRelationships = await readRelationships(zip, '')
  const workbookPath = targetOfType(packageRelationships, 'officeDocument') ?? DEFAULT_WORKBOOK_PATH
  const relationships = await readRelationships(zip, workbookPath)
  const { firstSheetId, date1904 } = await readWorkbookPart(zip, workbookPath)
  const sheetPath = firstSheetId ? relationships.get(firstSheetId)?.target : undefined
  if (!sheetPath || !zip.has(sheetPath)) {
    throw new XlsxFormatError('The first worksheet of the workbook is missing')
  }
  const dir = posix.dirname(workbookPath)
  return {
    sheetPath,
    date1904,
    sharedStrings: await readSharedStrings(
      zip,
      targetOfType(relationships, 'sharedStrings') ?? posix.join(dir, 'sharedStrings.xml'),
      maxSharedText
    ),
    dateStyles: await readStyles(
      zip,
      targetOfType(relationships, 'styles') ?? posix.join(dir, 'styles.xml')
    ),
  }
}
