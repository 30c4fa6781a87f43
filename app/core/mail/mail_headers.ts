import type { NodeMailerMessage } from '@adonisjs/mail/types'

/** set by a sender that may send the same mail again (a retried job) */
export const DELIVERY_KEY_HEADER = 'X-Nova-Delivery-Key'
/** which organization a mail is about: its admins read it in the Outbox */
export const ORGANIZATION_HEADER = 'X-Nova-Organization'

export function headerOf(message: NodeMailerMessage, name: string) {
  const headers = message.headers as Record<string, unknown> | undefined
  const value = headers?.[name]
  return typeof value === 'string' ? value : undefined
}

/**
 * The organization a mail is about, from its header; null when it has none.
 */
export function organizationIdOf(message: NodeMailerMessage) {
  return Number(headerOf(message, ORGANIZATION_HEADER)) || null
}
