import { Job } from '@adonisjs/queue'
import { recordFailedJob } from '#core/jobs/failed_jobs'

/**
 * Every Nova job: when its last attempt fails, the failure is kept for an
 * admin to see, retry or discard (Settings → Background jobs). A payload
 * with an `organizationId` shows there for that organization's admins.
 */
export abstract class BackgroundJob<Payload extends object> extends Job<Payload> {
  async failed(error: Error) {
    await recordFailedJob({
      queue: this.context.queue,
      job: this.context.name,
      payload: this.payload,
      error: error.cause instanceof Error ? error.cause : error,
      attempts: this.context.attempt,
    })
  }
}
