import { BaseEvent } from '@adonisjs/core/events'
import type { ActorRef } from '#core/events/domain_events'

export type TaskRef = {
  id: number
  organizationId: number
  title: string
  priority: string
  dueAt: string | null
  creatorId: number | null
  assigneeId: number | null
}

export function taskRef(task: Record<string, any>): TaskRef {
  const dueAt = task.dueAt ?? null
  return {
    id: task.id,
    organizationId: task.organizationId,
    title: task.title,
    priority: task.priority,
    dueAt: dueAt && typeof dueAt.toISO === 'function' ? dueAt.toISO() : dueAt,
    creatorId: task.creatorId ?? null,
    assigneeId: task.assigneeId ?? null,
  }
}

export class TaskCreated extends BaseEvent {
  constructor(
    public task: TaskRef,
    public actor: ActorRef | null
  ) {
    super()
  }
}

/** The task has a new assignee (`task.assigneeId`); the actor may be that same user. */
export class TaskAssigned extends BaseEvent {
  constructor(
    public task: TaskRef,
    public previousAssigneeId: number | null,
    public actor: ActorRef | null
  ) {
    super()
  }
}

export class TaskCompleted extends BaseEvent {
  constructor(
    public task: TaskRef,
    public actor: ActorRef | null
  ) {
    super()
  }
}

/** An open task is due within the next 24 hours (told once per due date). */
export class TaskDueSoon extends BaseEvent {
  constructor(public task: TaskRef) {
    super()
  }
}

/** An open task's due date has passed (told once per due date). */
export class TaskOverdue extends BaseEvent {
  constructor(public task: TaskRef) {
    super()
  }
}
