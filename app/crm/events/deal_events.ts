import { BaseEvent } from '@adonisjs/core/events'
import type { ActorRef } from '#core/events/domain_events'

export type DealRef = {
  id: number
  organizationId: number
  title: string
  stageId: number
  value: string | null
  valueCurrency: string | null
  ownerId: number | null
  assigneeId: number | null
  closeReason: string | null
}

export function dealRef(deal: Record<string, any>): DealRef {
  return {
    id: deal.id,
    organizationId: deal.organizationId,
    title: deal.title,
    stageId: deal.stageId,
    value: deal.value ?? null,
    valueCurrency: deal.valueCurrency ?? null,
    ownerId: deal.ownerId ?? null,
    assigneeId: deal.assigneeId ?? null,
    closeReason: deal.closeReason ?? null,
  }
}

export class DealCreated extends BaseEvent {
  constructor(
    public deal: DealRef,
    public actor: ActorRef | null
  ) {
    super()
  }
}

export class DealStageChanged extends BaseEvent {
  constructor(
    public deal: DealRef,
    public fromStageId: number | null,
    public toStageId: number,
    public actor: ActorRef | null
  ) {
    super()
  }
}

/** The deal reached a won stage. */
export class DealWon extends BaseEvent {
  constructor(
    public deal: DealRef,
    public actor: ActorRef | null
  ) {
    super()
  }
}

/** The deal reached a lost stage (`deal.closeReason` says why). */
export class DealLost extends BaseEvent {
  constructor(
    public deal: DealRef,
    public actor: ActorRef | null
  ) {
    super()
  }
}
