import type { RowOutcome } from '#resources/imports/import_plan'
import type { ImportRowError } from '#resources/imports/models/import'

/**
 * The counts of an import (or of its dry run) and its first row errors.
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
      else if (outcome.action === 'skip') this.skipped++
      else {
        this.rejected++
        for (const { field, message } of outcome.problems) {
          if (this.errors.length >= this.keptErrors) break
          this.errors.push({ row: outcome.row, field, message })
        }
      }
    }
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
