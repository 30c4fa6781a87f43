import emitter from '@adonisjs/core/services/emitter'
import logger from '@adonisjs/core/services/logger'
import { HttpContext } from '@adonisjs/core/http'
import type { BaseEvent } from '@adonisjs/core/events'

/**
 * Who did something, as events carry it: plain data, so an event can be
 * handed to a queue as it is.
 */
export type ActorRef = { id: number; name: string }

export function actorOf(user: { id: number; name: string } | null | undefined): ActorRef | null {
  return user ? { id: user.id, name: user.name } : null
}

/**
 * The signed-in user of the current request, for actions that are not told
 * who acts (as the audit log finds them).
 */
export function requestActor(): ActorRef | null {
  return actorOf(HttpContext.get()?.auth?.user as { id: number; name: string } | undefined)
}

type EventClass = new (...args: any[]) => BaseEvent

/**
 * Announces what happened. Call it once the change is committed, never from
 * inside a transaction: listeners read and write on their own connection (and
 * the embedded dev database deadlocks on a query issued outside an open
 * transaction from within it). Listeners run in this process, in order; one
 * that fails is logged and never undoes the change that was announced.
 */
export async function dispatchEvents(...events: BaseEvent[]) {
  for (const event of events) {
    const type = event.constructor as EventClass
    try {
      await emitter.emit(type, event)
    } catch (error) {
      logger.error({ err: error, event: type.name }, 'a domain event listener failed')
    }
  }
}
