import logger from '@adonisjs/core/services/logger'
import type { BaseEvent } from '@adonisjs/core/events'
import { dispatchEvents } from '#core/events/domain_events'
import { RecordChanged } from '#resources/events/record_changed'
import type { RecordChange } from '#resources/define_resource'
import type { ResourceContext } from '#resources/engine/resource_context'

/**
 * Tells the rest of the app about a committed write: the generic
 * `RecordChanged` (open screens refresh) and the resource's own domain
 * events. Runs after the transaction; a failure here is logged, the write
 * stands.
 */
export async function announceChange(
  context: ResourceContext,
  change: Omit<RecordChange, 'actor'>
) {
  const { record } = change
  const events: BaseEvent[] = [
    new RecordChanged({
      organizationId: record.organizationId,
      resource: context.resource.name,
      id: record.id,
      version: record.version ?? null,
      action: change.action,
      actorId: context.user.id,
    }),
  ]
  try {
    events.push(...((await context.resource.events?.({ ...change, actor: context.user })) ?? []))
  } catch (error) {
    logger.error(
      { err: error, resource: context.resource.name },
      'mapping a change to events failed'
    )
  }
  await dispatchEvents(...events)
}
