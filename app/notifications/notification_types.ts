export const NOTIFICATION_PRIORITIES = ['low', 'normal', 'high'] as const
export type NotificationPriority = (typeof NOTIFICATION_PRIORITIES)[number]

/**
 * Every kind of notification, with its priority and what a user gets when
 * they have not chosen: in the app always, by e-mail for what needs acting
 * on. Titles and bodies are `notifications.<type>.title|body`.
 */
export const NOTIFICATION_TYPES = {
  'lead.assigned': { priority: 'normal', inApp: true, email: true },
  'lead.captured': { priority: 'high', inApp: true, email: true },
  'deal.won': { priority: 'normal', inApp: true, email: false },
  'deal.lost': { priority: 'normal', inApp: true, email: false },
  'task.assigned': { priority: 'normal', inApp: true, email: true },
  'task.completed': { priority: 'low', inApp: true, email: false },
  'task.due_soon': { priority: 'normal', inApp: true, email: true },
  'task.overdue': { priority: 'high', inApp: true, email: true },
  'import.finished': { priority: 'low', inApp: true, email: false },
  'import.failed': { priority: 'high', inApp: true, email: true },
  'export.ready': { priority: 'normal', inApp: true, email: false },
  'export.failed': { priority: 'high', inApp: true, email: false },
  'user.invited': { priority: 'low', inApp: true, email: false },
  'user.role_changed': { priority: 'normal', inApp: true, email: true },
} as const satisfies Record<
  string,
  { priority: NotificationPriority; inApp: boolean; email: boolean }
>

export type NotificationType = keyof typeof NOTIFICATION_TYPES
export const NOTIFICATION_TYPE_NAMES = Object.keys(NOTIFICATION_TYPES) as NotificationType[]

export type Channels = { inApp: boolean; email: boolean }

export function defaultChannels(type: NotificationType): Channels {
  const { inApp, email } = NOTIFICATION_TYPES[type]
  return { inApp, email }
}
