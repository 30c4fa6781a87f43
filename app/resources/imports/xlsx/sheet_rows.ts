import type { XmlHandlers, XmlTag } from '#resources/imports/xlsx/xml_stream'
import type { WorkbookParts } from '#resources/imports/xlsx/workbook'
import { XlsxFormatError } from '#resources/imports/xlsx/workbook'
import {
  columnIndex,
  decodeEscapes,
  isoCellDate,
  MAX_COLUMNS,
  serialToDate,
} from '#resources/imports/xlsx/cells'

/**
 * A cell's value: text, a number, a boolean or a date (a number styled as
 * a date). Error cells read as empty text.
 */
export type XlsxValue = string | number | boolean | Date

/**
 * A worksheet row that has at least one cell value: its number as Excel
 * shows it and its values by zero-based column (gaps are undefined).
 */
export type XlsxRow = { row: number; values: (XlsxValue | undefined)[] }

type CellState = {
  column: number
  type: string
  style: number
  value?: string
  inline?: string
  hasFormula: boolean
}

/**
 * The SAX handlers of a worksheet part: they turn `<row>`/`<c>` elements
 * into rows, kept until the reader takes them.
 */
export class SheetRowCollector implements XmlHandlers {
  private rows: XlsxRow[] = []
  private inSheetData = false
  private rowNumber = 0
  private values: (XlsxValue | undefined)[] | undefined
  private nextColumn = 0
  private cell: CellState | undefined
  private capturing: 'value' | 'inline' | undefined
  private inInlineString = false
  private inPhonetic = false

  constructor(private readonly parts: WorkbookParts) {}

  /**
   * The rows completed since the last call.
   */
  takeRows() {
    const rows = this.rows
    this.rows = []
    return rows
  }

  open = (name: string, tag: XmlTag) => {
    if (name === 'sheetData') this.inSheetData = true
    if (!this.inSheetData) return
    if (name === 'row') this.openRow(tag)
    else if (name === 'c' && this.values) this.openCell(tag)
    else if (this.cell) this.openCellPart(name)
  }

  text = (text: string) => {
    if (!this.cell || !this.capturing) return
    if (this.capturing === 'value') this.cell.value = (this.cell.value ?? '') + text
    else this.cell.inline = (this.cell.inline ?? '') + text
  }

  close = (name: string) => {
    if (name === 'sheetData') this.inSheetData = false
    else if (name === 'v' || name === 't') this.capturing = undefined
    else if (name === 'is') this.inInlineString = false
    else if (name === 'rPh') this.inPhonetic = false
    else if (name === 'c') this.closeCell()
    else if (name === 'row') this.closeRow()
  }

  private openRow(tag: XmlTag) {
    const number = Number.parseInt(tag.attributes.r ?? '', 10)
    this.rowNumber = Number.isNaN(number) ? this.rowNumber + 1 : number
    this.values = []
    this.nextColumn = 0
  }

  private openCell(tag: XmlTag) {
    const reference = tag.attributes.r
    const column = (reference ? columnIndex(reference) : undefined) ?? this.nextColumn
    if (column >= MAX_COLUMNS) {
      throw new XlsxFormatError(`Cell ${reference} is beyond the last column of a worksheet`)
    }
    this.cell = {
      column,
      type: tag.attributes.t ?? 'n',
      style: Number(tag.attributes.s ?? 0),
      hasFormula: false,
    }
  }

  private openCellPart(name: string) {
    const cell = this.cell!
    if (name === 'v') {
      this.capturing = 'value'
      cell.value ??= ''
    } else if (name === 'f') {
      cell.hasFormula = true
    } else if (name === 'is') {
      this.inInlineString = true
      cell.inline ??= ''
    } else if (name === 'rPh' && this.inInlineString) {
      this.inPhonetic = true
    } else if (name === 't' && this.inInlineString && !this.inPhonetic) {
      this.capturing = 'inline'
    }
  }

  private closeCell() {
    const cell = this.cell
    if (!cell || !this.values) return
    const value = this.cellValue(cell)
    if (value !== undefined) this.values[cell.column] = value
    this.nextColumn = cell.column + 1
    this.cell = undefined
    this.capturing = undefined
  }

  private closeRow() {
    if (this.values?.length) this.rows.push({ row: this.rowNumber, values: this.values })
    this.values = undefined
  }

  private cellValue(cell: CellState): XlsxValue | undefined {
    const { value } = cell
    if (cell.inline !== undefined && (cell.type === 'inlineStr' || value === undefined)) {
      return decodeEscapes(cell.inline)
    }
    if (value === undefined) return cell.hasFormula ? '' : undefined
    switch (cell.type) {
      case 's':
        return this.parts.sharedStrings[Number.parseInt(value, 10)] ?? ''
      case 'str':
      case 'inlineStr':
        return decodeEscapes(value)
      case 'b':
        return value === '' ? '' : Number.parseInt(value, 10) !== 0
      case 'e':
        return ''
      case 'd':
        return isoCellDate(value)
      default:
        return this.numberValue(value, cell.style)
    }
  }

  private numberValue(text: string, style: number): XlsxValue {
    if (text.trim() === '') return ''
    const number = Number(text)
    if (Number.isNaN(number)) return text
    return this.parts.dateStyles[style] ? serialToDate(number, this.parts.date1904) : number
  }
}
