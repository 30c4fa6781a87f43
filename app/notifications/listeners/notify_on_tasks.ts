import type { TaskAssigned, TaskCompleted } from '#crm/events/task_events'
import { notifyUsers } from '#notifications/actions/notify_users'
import { exceptActor } from '#notifications/recipients'

/**
 * Tasks: the assignee hears of a task someone else gave them; the creator
 * hears when someone else completed theirs.
 */
export default class NotifyOnTasks {
  async assigned({ task, actor }: TaskAssigned) {
    await notifyUsers({
      type: 'task.assigned',
      organizationId: task.organizationId,
      recipientIds: exceptActor([task.assigneeId], actor),
      data: { task: task.title, taskId: task.id, actor: actor?.name ?? null, dueAt: task.dueAt },
      url: `/tasks/${task.id}`,
    })
  }

  async completed({ task, actor }: TaskCompleted) {
    await notifyUsers({
      type: 'task.completed',
      organizationId: task.organizationId,
      recipientIds: exceptActor([task.creatorId], actor),
      data: { task: task.title, taskId: task.id, actor: actor?.name ?? null },
      url: `/tasks/${task.id}`,
    })
  }
}
