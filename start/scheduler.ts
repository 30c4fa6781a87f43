/*
| Recurring work. Each entry runs once per due time however many workers
| run (see app/core/jobs/scheduler.ts). Later features add theirs here:
| appointment reminders, scheduled reports, match re-runs, snapshots.
*/
import { scheduleJob } from '#core/jobs/scheduler'
import TaskRemindersJob from '#crm/jobs/task_reminders_job'
import DailyDigestJob from '#notifications/jobs/daily_digest_job'
import HousekeepingJob from '#core/jobs/housekeeping_job'

scheduleJob({ id: 'tasks.reminders', cron: '*/5 * * * *', job: TaskRemindersJob })
scheduleJob({ id: 'notifications.daily-digest', cron: '0 * * * *', job: DailyDigestJob })
scheduleJob({ id: 'housekeeping', cron: '30 3 * * *', job: HousekeepingJob })
