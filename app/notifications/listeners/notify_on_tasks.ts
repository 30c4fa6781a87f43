import type {
  TaskAssigned,
  TaskCompleted,
  TaskDueSoon,
  TaskOverdue,
  TaskRef,
} from '#crm/events/task_events'
import { notifyUsers } from '#notifications/actions/notify_users'
import { exceptActor } from '#notifications/recipients'

function aboutTask(task: TaskRef) {
  return { task: task.title, taskId: task.id, priority: task.priority, dueAt: task.dueAt }
}

/**
 * Tasks: the assignee hears of a task someone else gave them and of its
 * due date coming and passing (the creator, when nobody is assigned); the
 * creator hears when someone else completed theirs.
 */
export default class NotifyOnTasks {
  async assigned({ task, actor }: TaskAssigned) {
    await notifyUsers({
      type: 'task.assigned',
      organizationId: task.organizationId,
      recipientIds: exceptActor([task.assigneeId], actor),
      data: { ...aboutTask(task), actor: actor?.name ?? null },
      url: `/tasks/${task.id}`,
    })
  }

  async completed({ task, actor }: TaskCompleted) {
    await notifyUsers({
      type: 'task.completed',
      organizationId: task.organizationId,
      recipientIds: exceptActor([task.creatorId], actor),
      data: { ...aboutTask(task), actor: actor?.name ?? null },
      url: `/tasks/${task.id}`,
    })
  }

  async dueSoon({ task }: TaskDueSoon) {
    await this.#remind('task.due_soon', task)
  }

  async overdue({ task }: TaskOverdue) {
    await this.#remind('task.overdue', task)
  }

  async #remind(type: 'task.due_soon' | 'task.overdue', task: TaskRef) {
    await notifyUsers({
      type,
      organizationId: task.organizationId,
      recipientIds: [task.assigneeId ?? task.creatorId],
      data: aboutTask(task),
      url: `/tasks/${task.id}`,
    })
  }
}
