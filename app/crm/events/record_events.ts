/**
 * The one place that says what a committed write to a CRM record means in
 * domain terms (lead assigned, deal won…). The resources declare these as
 * their `events`; the engine dispatches the result after the commit. The
 * CRM's own actions (conversion, the public form) take theirs from here too.
 */
import type { BaseEvent } from '@adonisjs/core/events'
import { actorOf } from '#core/events/domain_events'
import DealStage from '#crm/models/deal_stage'
import type { RecordChange } from '#resources/define_resource'
import {
  LeadAssigned,
  LeadConverted,
  LeadCreated,
  LeadStatusChanged,
  leadRef,
} from '#crm/events/lead_events'
import { DealCreated, DealLost, DealStageChanged, DealWon, dealRef } from '#crm/events/deal_events'
import { TaskAssigned, TaskCompleted, TaskCreated, taskRef } from '#crm/events/task_events'
import { RecordChanged, type RecordChangeAction } from '#resources/events/record_changed'
import type Lead from '#crm/models/lead'
import type Deal from '#crm/models/deal'
import type Contact from '#crm/models/contact'
import type Company from '#crm/models/company'

/**
 * Whether the write set (on creation) or changed (on update) this field.
 */
function changed(change: RecordChange, key: string) {
  const after = change.record[key] ?? null
  if (change.action === 'created') return after !== null
  return change.action === 'updated' && (change.before?.[key] ?? null) !== after
}

export function leadEvents(change: RecordChange): BaseEvent[] {
  const lead = leadRef(change.record)
  const actor = actorOf(change.actor)
  const events: BaseEvent[] = []
  if (change.action === 'created') events.push(new LeadCreated(lead, actor))
  if (changed(change, 'assigneeId') && lead.assigneeId !== null) {
    events.push(new LeadAssigned(lead, change.before?.assigneeId ?? null, actor))
  }
  if (change.action === 'updated' && changed(change, 'status')) {
    events.push(new LeadStatusChanged(lead, change.before!.status, lead.status, actor))
  }
  return events
}

export async function dealEvents(change: RecordChange): Promise<BaseEvent[]> {
  const deal = dealRef(change.record)
  const actor = actorOf(change.actor)
  const events: BaseEvent[] = []
  if (change.action === 'created') events.push(new DealCreated(deal, actor))
  if (!changed(change, 'stageId')) return events
  const from = change.before?.stageId ?? null
  if (change.action === 'updated') {
    events.push(new DealStageChanged(deal, from, deal.stageId, actor))
  }
  const stages = await DealStage.query()
    .whereIn('id', from === null ? [deal.stageId] : [deal.stageId, from])
    .select('id', 'outcome')
  const outcomeOf = (id: number | null) => stages.find((stage) => stage.id === id)?.outcome
  const outcome = outcomeOf(deal.stageId)
  if (outcome === outcomeOf(from)) return events
  if (outcome === 'won') events.push(new DealWon(deal, actor))
  if (outcome === 'lost') events.push(new DealLost(deal, actor))
  return events
}

export function taskEvents(change: RecordChange): BaseEvent[] {
  const task = taskRef(change.record)
  const actor = actorOf(change.actor)
  const events: BaseEvent[] = []
  if (change.action === 'created') events.push(new TaskCreated(task, actor))
  if (changed(change, 'assigneeId') && task.assigneeId !== null) {
    events.push(new TaskAssigned(task, change.before?.assigneeId ?? null, actor))
  }
  if (changed(change, 'status') && change.record.status === 'done') {
    events.push(new TaskCompleted(task, actor))
  }
  return events
}

function recordChanged(
  resource: string,
  record: { id: number; organizationId: number; version?: number },
  action: RecordChangeAction,
  actorId: number | null
) {
  const { id, organizationId } = record
  const version = record.version ?? null
  return new RecordChanged({ organizationId, resource, id, version, action, actorId })
}

/**
 * A lead that arrived by the organization's public form (no actor).
 */
export function capturedLeadEvents(lead: Lead): BaseEvent[] {
  return [
    recordChanged('leads', lead, 'created', null),
    new LeadCreated(leadRef(lead), null, 'public_form'),
  ]
}

/**
 * A conversion: the lead is won and linked, a deal was opened, and the
 * contact and company were created unless existing ones were linked.
 */
export function conversionEvents(
  previousStatus: string,
  result: { lead: Lead; deal: Deal; contact: Contact; company: Company | null },
  user: { id: number; name: string }
): BaseEvent[] {
  const { lead, deal, contact, company } = result
  const actor = actorOf(user)
  const events: BaseEvent[] = [
    recordChanged('leads', lead, 'updated', user.id),
    recordChanged('deals', deal, 'created', user.id),
  ]
  if (contact.$isLocal) events.push(recordChanged('contacts', contact, 'created', user.id))
  if (company?.$isLocal) events.push(recordChanged('companies', company, 'created', user.id))
  const converted = leadRef(lead)
  const ids = { dealId: deal.id, contactId: contact.id, companyId: company?.id ?? null }
  events.push(new LeadConverted(converted, ids, actor))
  if (previousStatus !== lead.status) {
    events.push(new LeadStatusChanged(converted, previousStatus, lead.status, actor))
  }
  events.push(new DealCreated(dealRef(deal), actor))
  return events
}
