import { exponentialBackoff } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import { BackgroundJob } from '#core/jobs/background_job'
import { deliverNotification } from '#notifications/actions/deliver_notification'
import type { NotificationDelivery } from '#notifications/actions/notify_users'

/**
 * Fans one event out to its recipients (in-app, real time, e-mail).
 */
export default class DeliverNotificationJob extends BackgroundJob<NotificationDelivery> {
  static options: JobOptions = {
    name: 'DeliverNotificationJob',
    queue: 'default',
    maxRetries: 4,
    retry: { backoff: exponentialBackoff({ baseDelay: '2s', maxDelay: '1m' }) },
    timeout: '1m',
  }

  async execute() {
    await deliverNotification(this.payload)
  }
}
