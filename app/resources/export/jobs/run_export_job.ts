import type { JobOptions } from '@adonisjs/queue/types'
import { BackgroundJob } from '#core/jobs/background_job'
import { exportGaveUp, runExport } from '#resources/export/run_export'

/**
 * Prepares an export the user asked for in the background. A retry writes
 * to the same key (one file per export, overwritten); an export that
 * already ended is left alone. When the last attempt fails or times out,
 * the export ends failed and the user is told.
 */
export default class RunExportJob extends BackgroundJob<{
  exportId: number
  organizationId: number
}> {
  static options: JobOptions = {
    name: 'RunExportJob',
    queue: 'exports',
    maxRetries: 2,
    timeout: '30m',
    failOnTimeout: true,
  }

  async execute() {
    await runExport(this.payload.exportId, this.signal)
  }

  async failed(error: Error) {
    await super.failed(error)
    await exportGaveUp(this.payload.exportId, error)
  }
}
