import { Schedule } from '@adonisjs/queue'
import type { BackgroundJob } from '#core/jobs/background_job'

type ScheduledJob = {
  /** stable: renaming it drops the old schedule and starts a new one */
  id: string
  /** a cron expression, in `timezone` (UTC unless told) */
  cron: string
  timezone?: string
  job: typeof BackgroundJob<object>
  payload?: object
}

const declared = new Map<string, ScheduledJob>()

/**
 * Declares recurring work (start/scheduler.ts lists it all). Workers store
 * the schedules when they start; whichever worker polls first claims each
 * due run under a row lock, so a run happens once however many workers
 * there are.
 */
export function scheduleJob(schedule: ScheduledJob) {
  declared.set(schedule.id, schedule)
}

export function declaredSchedules() {
  return [...declared.values()]
}

/**
 * Stores every declared schedule (new cron expressions take effect) and
 * removes the ones no longer declared.
 */
export async function syncSchedules() {
  for (const schedule of declared.values()) {
    await schedule.job
      .schedule(schedule.payload ?? {})
      .id(schedule.id)
      .cron(schedule.cron)
      .timezone(schedule.timezone ?? 'UTC')
      .run()
  }
  for (const stored of await Schedule.list()) {
    if (!declared.has(stored.id)) await stored.delete()
  }
}
