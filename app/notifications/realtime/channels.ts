/**
 * The server-sent-event channels: one per user, one per organization.
 * Anything else is refused (see start/transmit.ts).
 */
export const userChannel = (userId: number) => `users/${userId}`
export const organizationChannel = (organizationId: number) => `organizations/${organizationId}`

/**
 * What a message on a channel looks like to clients.
 */
export type RealtimeMessage = { type: string; data: Record<string, unknown> }
