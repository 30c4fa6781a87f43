import db from '@adonisjs/lucid/services/db'
import type { JobOptions } from '@adonisjs/queue/types'
import { BackgroundJob } from '#core/jobs/background_job'
import { dispatchEvents } from '#core/events/domain_events'
import { TaskDueSoon, TaskOverdue, taskRef } from '#crm/events/task_events'

/** overdue tasks older than this are not dug up again (say, on first install) */
const OVERDUE_LOOKBACK = '7 days'

type ClaimedReminder = {
  kind: 'due_soon' | 'overdue'
  id: number
  organization_id: number
  title: string
  priority: string
  due_at: Date
  creator_id: number | null
  assignee_id: number | null
}

/**
 * Every few minutes: tells the people of each open task that it is due
 * within 24 hours, then that it is overdue. A reminder is claimed by
 * inserting (task, kind, due date) under a primary key before anyone is
 * told, so however many sweeps run, at once or again, each is given once;
 * a new due date re-arms both.
 */
export default class TaskRemindersJob extends BackgroundJob<Record<string, never>> {
  static options: JobOptions = {
    name: 'TaskRemindersJob',
    queue: 'default',
    maxRetries: 2,
    timeout: '2m',
  }

  async execute() {
    const { rows } = await db.rawQuery<{ rows: ClaimedReminder[] }>(
      `with due as (
         select t.id, case when t.due_at <= now() then 'overdue' else 'due_soon' end as kind, t.due_at
         from tasks t
         where t.deleted_at is null and t.status <> 'done' and t.due_at is not null
           and t.due_at > now() - interval '${OVERDUE_LOOKBACK}'
           and t.due_at <= now() + interval '24 hours'
       ),
       claimed as (
         insert into task_reminders (task_id, kind, due_at)
         select id, kind, due_at from due
         on conflict do nothing
         returning task_id, kind
       )
       select c.kind, t.id, t.organization_id, t.title, t.priority, t.due_at, t.creator_id, t.assignee_id
       from claimed c join tasks t on t.id = c.task_id
       order by t.due_at`
    )
    for (const row of rows) {
      const task = taskRef({
        id: row.id,
        organizationId: row.organization_id,
        title: row.title,
        priority: row.priority,
        dueAt: row.due_at.toISOString(),
        creatorId: row.creator_id,
        assigneeId: row.assignee_id,
      })
      await dispatchEvents(row.kind === 'overdue' ? new TaskOverdue(task) : new TaskDueSoon(task))
    }
  }
}
