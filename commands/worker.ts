import QueueWork from '@adonisjs/queue/commands/queue_work'
import { QUEUES } from '#config/queue'
import { syncSchedules } from '#core/jobs/scheduler'

/**
 * `npm run worker`: stores the schedules of start/scheduler.ts, then runs
 * jobs from every queue (or those of --queue) until stopped.
 */
export default class Worker extends QueueWork {
  static commandName = 'worker'
  static description = 'Run background jobs and scheduled work'

  async run() {
    await import('#start/scheduler')
    await syncSchedules()
    this.queue ??= QUEUES.join(',')
    return super.run()
  }
}
