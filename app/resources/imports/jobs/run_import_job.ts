import type { JobOptions } from '@adonisjs/queue/types'
import { BackgroundJob } from '#core/jobs/background_job'
import { runImport } from '#resources/imports/run_import'

/**
 * Commits an import the user confirmed. All-or-nothing: a crash mid-way
 * rolls back, so a retry starts from a clean slate; an import that already
 * finished or failed is left alone.
 */
export default class RunImportJob extends BackgroundJob<{
  importId: number
  organizationId: number
}> {
  static options: JobOptions = {
    name: 'RunImportJob',
    queue: 'imports',
    maxRetries: 2,
    timeout: '30m',
    failOnTimeout: true,
  }

  async execute() {
    await runImport(this.payload.importId)
  }
}
