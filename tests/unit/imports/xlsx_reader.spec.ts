import { createWriteStream } from 'node:fs'
import { mkdtemp, readdir, readlink, rm, writeFile } from 'node:fs/promises'
import { finished } from 'node:stream/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { test } from '@japa/runner'
import ExcelJS from 'exceljs'
import { readSheet, UnreadableSheetError, type SheetRow } from '#resources/imports/sheet_reader'
import { readFirstWorksheet, XlsxFormatError } from '#resources/imports/xlsx/reader'
import { isDateFormatCode } from '#resources/imports/xlsx/styles'
import { serialToDate } from '#resources/imports/xlsx/cells'
import { xlsxWriter } from '#resources/export/sheet_writers'
import { storedZip } from '#tests/unit/imports/stored_zip'

let directory: string
let fileCount = 0

async function tmpFile(content: Buffer | Uint8Array) {
  const path = join(directory, `workbook-${++fileCount}.xlsx`)
  await writeFile(path, content)
  return path
}

async function excelFile(build: (workbook: ExcelJS.Workbook) => void) {
  const workbook = new ExcelJS.Workbook()
  build(workbook)
  return tmpFile(Buffer.from(await workbook.xlsx.writeBuffer()))
}

async function rowsOf(path: string) {
  const rows: SheetRow[] = []
  for await (const row of readSheet(path, 'xlsx')) rows.push(row)
  return rows
}

/**
 * How many of the test's workbooks this process still has open, once the
 * reader's asynchronous closes have had up to a second to land (other
 * descriptors, such as pooled database sockets, come and go on their own).
 */
async function openWorkbooks() {
  const deadline = Date.now() + 1000
  for (;;) {
    const descriptors = await readdir('/proc/self/fd')
    const paths = await Promise.all(
      descriptors.map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => ''))
    )
    const open = paths.filter((path) => path.startsWith(directory)).length
    if (open === 0 || Date.now() > deadline) return open
    await sleep(10)
  }
}

const HEADER = ['Name', 'Amount', 'Active', 'Born', 'Met at', 'Total', 'Note']

function contacts(workbook: ExcelJS.Workbook) {
  const sheet = workbook.addWorksheet('Contacts')
  sheet.addRow(HEADER)
  sheet.addRow([
    'ليلى الحربي',
    1234.5,
    true,
    new Date(Date.UTC(1990, 0, 31)),
    new Date(Date.UTC(2024, 2, 5, 14, 30)),
    { formula: 'B2*2', result: 2469 },
    { richText: [{ text: 'Bold', font: { bold: true } }, { text: ' and plain' }] },
  ])
  sheet.getCell('A4').value = 'left'
  sheet.getCell('D4').value = 'right'
  sheet.getCell('A5').value = '   '
  sheet.getRow(7).values = ['Omar', -3, false, null, null, { formula: 'UPPER(A7)', result: 'OMAR' }]
  const other = workbook.addWorksheet('Other')
  other.addRow(['not', 'imported'])
}

const CONTACT_ROWS: SheetRow[] = [
  { row: 1, cells: HEADER },
  {
    row: 2,
    cells: [
      'ليلى الحربي',
      '1234.5',
      'true',
      '1990-01-31',
      '2024-03-05T14:30:00.000Z',
      '2469',
      'Bold and plain',
    ],
  },
  { row: 4, cells: ['left', '', '', 'right'] },
  { row: 7, cells: ['Omar', '-3', 'false', '', '', 'OMAR'] },
]

test.group('XLSX reader: workbooks written by ExcelJS', (group) => {
  group.setup(async () => {
    directory = await mkdtemp(join(tmpdir(), 'xlsx-reader-'))
    return () => rm(directory, { recursive: true, force: true })
  })

  test('reads strings, numbers, booleans, dates, formulas, rich text and sparse rows', async ({
    assert,
  }) => {
    assert.deepEqual(await rowsOf(await excelFile(contacts)), CONTACT_ROWS)
  })

  test('gives typed values: numbers, booleans and dates', async ({ assert }) => {
    const rows = []
    for await (const row of readFirstWorksheet(await excelFile(contacts))) rows.push(row)
    const values = rows[1].values
    assert.strictEqual(values[1], 1234.5)
    assert.strictEqual(values[2], true)
    assert.deepEqual(values[3], new Date(Date.UTC(1990, 0, 31)))
    assert.strictEqual(values[5], 2469)
    assert.deepEqual(rows[2].values, ['left', undefined, undefined, 'right'])
  })

  test('reads the same workbook 1,000 times with the same rows every time', async ({ assert }) => {
    const path = await excelFile(contacts)
    for (let read = 0; read < 1000; read++) {
      assert.deepEqual(await rowsOf(path), CONTACT_ROWS, `read ${read + 1}`)
    }
  }).timeout(60_000)

  test('reads back what our own XLSX export writes', async ({ assert }) => {
    const path = join(directory, 'export.xlsx')
    const output = createWriteStream(path)
    const writer = xlsxWriter(output, 'جهات الاتصال', true)
    writer.header(['الاسم', 'الميزانية', 'ملاحظة'])
    writer.row(['سارة العتيبي', 2500.75, null])
    writer.row(['Omar', 0, 'line one\nline two'])
    await writer.end()
    await finished(output)
    assert.deepEqual(await rowsOf(path), [
      { row: 1, cells: ['الاسم', 'الميزانية', 'ملاحظة'] },
      { row: 2, cells: ['سارة العتيبي', '2500.75'] },
      { row: 3, cells: ['Omar', '0', 'line one\nline two'] },
    ])
  })

  test('a reader stopped after the header row closes the file', async ({ assert }) => {
    const path = await excelFile(contacts)
    for (let read = 0; read < 50; read++) {
      for await (const { cells } of readSheet(path, 'xlsx')) {
        assert.deepEqual(cells, HEADER)
        break
      }
    }
    assert.equal(await openWorkbooks(), 0)
  })

  test('a corrupt or truncated file is unreadable, and leaves no file open', async ({ assert }) => {
    const whole = Buffer.from(await new ExcelJS.Workbook().xlsx.writeBuffer())
    const broken = [
      await tmpFile(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)])),
      await tmpFile(whole.subarray(0, Math.floor(whole.length / 2))),
    ]
    for (const path of broken) {
      await assert.rejects(() => rowsOf(path), UnreadableSheetError)
    }
    assert.equal(await openWorkbooks(), 0)
  })
})

const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/second.xml"/>
  <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/first.xml"/>
  <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
  <Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`

function workbookXml(date1904: boolean) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
  <x:workbookPr date1904="${date1904 ? 1 : 0}"/>
  <x:sheets>
    <x:sheet name="Contacts" sheetId="2" rel:id="rId3"/>
    <x:sheet name="Second" sheetId="1" rel:id="rId9"/>
  </x:sheets>
</x:workbook>`
}

const SHARED_STRINGS = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3">
  <si><t>Name</t></si>
  <si><r><rPr><b/></rPr><t>Ri</t></r><r><t xml:space="preserve">ch </t></r><r><t>text</t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh><phoneticPr fontId="1"/></si>
  <si><t>line_x000D_break &amp; _x005F_x0041_</t></si>
</sst>`

const STYLES = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
  <numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="[Red]0.00"/></numFmts>
  <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
  <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="22"/></cellXfs>
</styleSheet>`

const FIRST_SHEET = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
  <x:sheetData>
    <x:row r="2"><x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c r="C2" t="s"><x:v>1</x:v></x:c><x:c r="D2" t="s"><x:v>2</x:v></x:c></x:row>
    <x:row r="3" spans="1:3"><x:c r="B3" s="1"/><x:c r="C3" s="2"/></x:row>
    <x:row r="5">
      <x:c t="inlineStr"><x:is><x:r><x:t>In</x:t></x:r><x:r><x:t>line</x:t></x:r><x:rPh><x:t>no</x:t></x:rPh></x:is></x:c>
      <x:c s="1"><x:v>45000</x:v></x:c>
      <x:c s="2"><x:v>45000.5</x:v></x:c>
      <x:c s="3"><x:v>45000.25</x:v></x:c>
      <x:c t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c>
      <x:c t="d"><x:v>2024-02-29T08:15:00</x:v></x:c>
      <x:c t="b"><x:f>1=1</x:f><x:v>1</x:v></x:c>
      <x:c t="str"><x:f>"a"&amp;"b"</x:f><x:v>ab</x:v></x:c>
    </x:row>
    <x:row><x:c r="B6"><x:v>1E3</x:v></x:c><x:c><x:v>0</x:v></x:c></x:row>
  </x:sheetData>
</x:worksheet>`

const SECOND_SHEET = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
  <sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>second</t></is></c></row></sheetData>
</worksheet>`

const PACKAGE_RELS = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>`

function handWritten(options: { date1904?: boolean; leaveOut?: string } = {}) {
  const parts: [string, string][] = [
    ['xl/worksheets/second.xml', SECOND_SHEET],
    ['xl/worksheets/first.xml', FIRST_SHEET],
    ['xl/styles.xml', STYLES],
    ['xl/sharedStrings.xml', SHARED_STRINGS],
    ['xl/_rels/workbook.xml.rels', WORKBOOK_RELS],
    ['_rels/.rels', PACKAGE_RELS],
    ['xl/workbook.xml', workbookXml(options.date1904 ?? false)],
  ]
  return tmpFile(storedZip(parts.filter(([name]) => name !== options.leaveOut)))
}

test.group('XLSX reader: parts written by hand', (group) => {
  group.setup(async () => {
    directory = await mkdtemp(join(tmpdir(), 'xlsx-reader-'))
    return () => rm(directory, { recursive: true, force: true })
  })

  test('reads the first sheet in tab order, whatever the order of the zip entries', async ({
    assert,
  }) => {
    assert.deepEqual(await rowsOf(await handWritten()), [
      { row: 2, cells: ['Name', '', 'Rich text', 'line\rbreak & _x0041_'] },
      {
        row: 5,
        cells: [
          'Inline',
          '2023-03-15',
          '45000.5',
          '2023-03-15T06:00:00.000Z',
          '',
          '2024-02-29T08:15:00.000Z',
          'true',
          'ab',
        ],
      },
      { row: 6, cells: ['', '1000', '0'] },
    ])
  })

  test('dates follow the 1904 date system when the workbook uses it', async ({ assert }) => {
    const rows = await rowsOf(await handWritten({ date1904: true }))
    assert.equal(rows[1].cells[1], '2027-03-16')
  })

  test('a zip without a workbook or its first sheet is unreadable, and is closed', async ({
    assert,
  }) => {
    const paths = [
      await handWritten({ leaveOut: 'xl/worksheets/first.xml' }),
      await handWritten({ leaveOut: 'xl/workbook.xml' }),
      await tmpFile(storedZip([])),
    ]
    for (const path of paths) {
      await assert.rejects(() => rowsOf(path), UnreadableSheetError)
    }
    assert.equal(await openWorkbooks(), 0)
  })

  test('shared strings beyond the limit are unreadable, and the file is closed', async ({
    assert,
  }) => {
    const readAll = async (file: string, maxSharedText: number) => {
      const rows: unknown[] = []
      for await (const row of readFirstWorksheet(file, { maxSharedText })) rows.push(row)
      return rows
    }
    const path = await handWritten()
    // the runs of the three strings hold 45 characters (as written, escapes
    // included), 48 with one per entry
    assert.lengthOf(await readAll(path, 48), 3)
    await assert.rejects(() => readAll(path, 47), XlsxFormatError)
    // one text run larger than the limit stops before it ends
    const huge = await tmpFile(
      storedZip([
        ['xl/workbook.xml', workbookXml(false)],
        ['xl/_rels/workbook.xml.rels', WORKBOOK_RELS],
        ['xl/worksheets/first.xml', FIRST_SHEET],
        ['xl/sharedStrings.xml', `<sst><si><t>${'x'.repeat(200_000)}</t></si></sst>`],
      ])
    )
    await assert.rejects(() => readAll(huge, 1000), /more than 1000 characters/)
    assert.equal(await openWorkbooks(), 0)
  })

  test('shared strings and styles are optional', async ({ assert }) => {
    const path = await tmpFile(
      storedZip([
        ['xl/workbook.xml', workbookXml(false)],
        ['xl/_rels/workbook.xml.rels', WORKBOOK_RELS],
        ['xl/worksheets/first.xml', FIRST_SHEET],
      ])
    )
    const rows = await rowsOf(path)
    assert.deepEqual(
      rows.map(({ row }) => row),
      [5, 6]
    )
    assert.equal(rows[0].cells[1], '45000')
  })
})

test.group('XLSX reader: number formats and date serials', () => {
  test('custom formats with d, m, y, h or s outside quotes and brackets are dates', ({
    assert,
  }) => {
    for (const code of ['dd/mm/yyyy', 'yyyy-mm-dd hh:mm', '[h]:mm:ss', 'MMM D', '[$-409]d-mmm'])
      assert.isTrue(isDateFormatCode(code), code)
    for (const code of ['0.00', '[Red]0.00', '#,##0 "days"', '0\\d', 'General', '@', '0.0E+00'])
      assert.isFalse(isDateFormatCode(code), code)
  })

  test('serials map to dates with the 1900 leap-day quirk, or from 1904', ({ assert }) => {
    const day = (serial: number, date1904 = false) =>
      serialToDate(serial, date1904).toISOString().slice(0, 10)
    assert.equal(day(1), '1900-01-01')
    assert.equal(day(59), '1900-02-28')
    assert.equal(day(61), '1900-03-01')
    assert.equal(day(45000), '2023-03-15')
    assert.equal(day(0, true), '1904-01-01')
    assert.equal(serialToDate(0.5, false).toISOString(), '1899-12-30T12:00:00.000Z')
  })
})
