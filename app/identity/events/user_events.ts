import { BaseEvent } from '@adonisjs/core/events'
import type { ActorRef } from '#core/events/domain_events'
import type { Role } from '#identity/roles'

export class UserInvited extends BaseEvent {
  constructor(
    public invitation: { id: number; organizationId: number; email: string; role: Role },
    public actor: ActorRef | null
  ) {
    super()
  }
}

export class UserRoleChanged extends BaseEvent {
  constructor(
    public user: { id: number; organizationId: number; name: string },
    public from: Role,
    public to: Role,
    public actor: ActorRef | null
  ) {
    super()
  }
}
