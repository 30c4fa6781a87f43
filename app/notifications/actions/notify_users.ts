import { randomUUID } from 'node:crypto'
import DeliverNotificationJob from '#notifications/jobs/deliver_notification_job'
import type { NotificationType } from '#notifications/notification_types'

export type NotificationData = Record<string, string | number | null>

export type NotificationRequest = {
  type: NotificationType
  organizationId: number
  recipientIds: (number | null | undefined)[]
  data: NotificationData
  /** the admin panel path it leads to */
  url: string | null
}

export type NotificationDelivery = Omit<NotificationRequest, 'recipientIds'> & {
  recipientIds: number[]
  /** one per event: a retried delivery creates and mails nothing twice */
  deliveryKey: string
}

/**
 * Tells users of one organization that something happened. Returns at once:
 * the delivery runs as a background job.
 */
export async function notifyUsers(request: NotificationRequest) {
  const recipientIds = [
    ...new Set(request.recipientIds.filter((id): id is number => typeof id === 'number')),
  ]
  if (recipientIds.length === 0) return
  await DeliverNotificationJob.dispatch({ ...request, recipientIds, deliveryKey: randomUUID() })
}
