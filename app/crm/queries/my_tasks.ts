import { DateTime } from 'luxon'
import type { ResourceContext } from '#resources/engine/resource_context'

/**
 * The user's open tasks in the groups they work from: overdue, due today
 * (in their time zone), upcoming, and without a due date.
 */
export async function myTasks(context: ResourceContext, timezone: string) {
  const now = DateTime.now().setZone(timezone)
  const endOfToday = now.endOf('day').toUTC()
  const tasks = await context
    .query()
    .where('tasks.assignee_id', context.user.id)
    .whereNot('tasks.status', 'done')
    .orderByRaw('tasks.due_at ASC NULLS LAST')
    .orderBy('tasks.id')
    .limit(500)
  const serialized = await context.serializeMany(tasks)
  const groups = { overdue: [], today: [], upcoming: [], someday: [] } as Record<
    'overdue' | 'today' | 'upcoming' | 'someday',
    typeof serialized
  >
  serialized.forEach((task, index) => {
    const due = tasks[index]!.dueAt
    if (!due) groups.someday.push(task)
    else if (due < now.toUTC()) groups.overdue.push(task)
    else if (due <= endOfToday) groups.today.push(task)
    else groups.upcoming.push(task)
  })
  return groups
}
