/*
| Every job the workers can run, by name (a queued job carries its name
| only), and mails sent through the queue.
*/
import { Locator } from '@adonisjs/queue'
import type { JobClass } from '@adonisjs/queue/types'
import { sendMailsThroughQueue } from '#core/mail/mail_queue'
import SendMailJob from '#core/mail/jobs/send_mail_job'
import HousekeepingJob from '#core/jobs/housekeeping_job'
import DeliverNotificationJob from '#notifications/jobs/deliver_notification_job'
import DailyDigestJob from '#notifications/jobs/daily_digest_job'
import TaskRemindersJob from '#crm/jobs/task_reminders_job'
import RunImportJob from '#resources/imports/jobs/run_import_job'
import RunExportJob from '#resources/export/jobs/run_export_job'

const JOBS: JobClass[] = [
  SendMailJob,
  HousekeepingJob,
  DeliverNotificationJob,
  DailyDigestJob,
  TaskRemindersJob,
  RunImportJob,
  RunExportJob,
]

for (const job of JOBS) Locator.register(job.options!.name!, job)

sendMailsThroughQueue()
