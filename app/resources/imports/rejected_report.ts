import { createWriteStream, type WriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { once } from 'node:events'
import { finished } from 'node:stream/promises'
import { UTF8_BOM, csvLine } from '#resources/export/csv_format'
import { neutralizeFormula } from '#resources/export/formula_guard'
import type { RowOutcome } from '#resources/imports/import_plan'

/**
 * The rejected rows of an import as a CSV the user can fix and import
 * again: the original columns, then why the row was rejected. Written while
 * the rows are processed, so it holds every rejected row however many
 * there are. UTF-8 with a BOM (Excel reads Arabic right); cells that a
 * spreadsheet would run as a formula are neutralized.
 */
export class RejectedRowsReport {
  #stream: WriteStream

  private constructor(readonly path: string) {
    this.#stream = createWriteStream(path, { encoding: 'utf8' })
  }

  static async create(path: string, headers: string[], errorColumn: string) {
    const report = new RejectedRowsReport(path)
    await report.#write(UTF8_BOM + report.#line([...headers, errorColumn]))
    return report
  }

  #line(values: string[]) {
    return csvLine(values.map(neutralizeFormula))
  }

  async #write(text: string) {
    if (!this.#stream.write(text)) await once(this.#stream, 'drain')
  }

  async add(outcomes: RowOutcome[], width: number) {
    let text = ''
    for (const outcome of outcomes) {
      if (outcome.action !== 'error') continue
      const cells = Array.from({ length: width }, (_, index) => outcome.cells[index] ?? '')
      const reason = outcome.problems.map((problem) => problem.message).join(' · ')
      text += this.#line([...cells, reason])
    }
    if (text) await this.#write(text)
  }

  async close() {
    this.#stream.end()
    await finished(this.#stream)
  }

  async discard() {
    this.#stream.destroy()
    await rm(this.path, { force: true })
  }
}
