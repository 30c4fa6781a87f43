import type { RowOutcome } from '#resources/imports/import_plan'
import type { ImportRowError } from '#resources/imports/models/import'

/**
 * The counts of an import (or of its dry run), its first row errors and the
 * duplicates it skipped (flagged `kind: 'duplicate'`).
 */
export class ImportTally {
  processed = 0
  created = 0
  updated = 0
  skipped = 0
  rejected = 0
  readonly errors: ImportRowError[] = []

  constructor(readonly keptErrors: number) {}

  add(outcomes: RowOutcome[]) {
    for (const outcome of outcomes) {
      this.processed++
      if (outcome.action === 'create') this.created++
      else if (outcome.action === 'update') this.updated++
      else if (outcome.action === 'skip') {
        this.skipped++
        if (outcome.duplicate)
          this.keep({ row: outcome.row, ...outcome.duplicate, kind: 'duplicate' })
      } else {
        this.rejected++
        for (const { field, message } of outcome.problems) {
          this.keep({ row: outcome.row, field, message })
        }
      }
    }
  }

  /**
   * Keeps a row's problem (or duplicate flag) for the report, up to the cap.
   */
  protected keep(entry: ImportRowError) {
    if (this.errors.length < this.keptErrors) this.errors.push(entry)
  }

  /**
   * The import's columns these counts fill.
   */
  get columns() {
    return {
      processedRows: this.processed,
      createdCount: this.created,
      updatedCount: this.updated,
      skippedCount: this.skipped,
      errorCount: this.rejected,
      errors: this.errors,
    }
  }
}
