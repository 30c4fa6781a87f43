import transmit from '@adonisjs/transmit/services/main'
import {
  organizationChannel,
  userChannel,
  type RealtimeMessage,
} from '#notifications/realtime/channels'

type Payload = Parameters<typeof transmit.broadcast>[1]

/**
 * Sends a message to everyone connected as this user (every tab and app),
 * through every app instance when Redis is configured.
 */
export function broadcastToUser(userId: number, message: RealtimeMessage) {
  transmit.broadcast(userChannel(userId), message as Payload)
}

/**
 * Sends a message to every connected member of the organization.
 */
export function broadcastToOrganization(organizationId: number, message: RealtimeMessage) {
  transmit.broadcast(organizationChannel(organizationId), message as Payload)
}
