/**
 * A notification as the server renders it, in the reader's language.
 */
export type NotificationItem = {
  id: number
  type: string
  priority: 'low' | 'normal' | 'high'
  url: string | null
  title: string
  body: string
  data: Record<string, string | number | null>
  read: boolean
  readAt: string | null
  createdAt: string
}

export type NotificationPreference = { type: string; inApp: boolean; email: boolean }
