import { BaseEvent } from '@adonisjs/core/events'
import type { ActorRef } from '#core/events/domain_events'

/**
 * A lead as events carry it: what listeners need to decide who to tell and
 * what to say, without loading it again.
 */
export type LeadRef = {
  id: number
  organizationId: number
  name: string
  status: string
  source: string | null
  ownerId: number | null
  assigneeId: number | null
}

export function leadRef(lead: Record<string, any>): LeadRef {
  return {
    id: lead.id,
    organizationId: lead.organizationId,
    name: lead.name,
    status: lead.status,
    source: lead.source ?? null,
    ownerId: lead.ownerId ?? null,
    assigneeId: lead.assigneeId ?? null,
  }
}

/** `origin` tells a lead someone entered from one that arrived by the public form. */
export class LeadCreated extends BaseEvent {
  constructor(
    public lead: LeadRef,
    public actor: ActorRef | null,
    public origin: 'app' | 'public_form' = 'app'
  ) {
    super()
  }
}

/** The lead has a new assignee (`lead.assigneeId`); the actor may be that same user. */
export class LeadAssigned extends BaseEvent {
  constructor(
    public lead: LeadRef,
    public previousAssigneeId: number | null,
    public actor: ActorRef | null
  ) {
    super()
  }
}

export class LeadStatusChanged extends BaseEvent {
  constructor(
    public lead: LeadRef,
    public from: string,
    public to: string,
    public actor: ActorRef | null
  ) {
    super()
  }
}

export class LeadConverted extends BaseEvent {
  constructor(
    public lead: LeadRef,
    public result: { dealId: number; contactId: number; companyId: number | null },
    public actor: ActorRef | null
  ) {
    super()
  }
}
