import { DateTime } from 'luxon'
import type { ResourceHooks } from '#resources/define_resource'

export const TASK_STATUSES = ['todo', 'in_progress', 'done'] as const
export const TASK_PRIORITIES = ['low', 'medium', 'high'] as const

/**
 * A task records when it was completed; reopening it clears that.
 */
export const taskHooks: ResourceHooks = {
  async prepare(_context, input, record) {
    if (input.status === undefined) return
    if (input.status === 'done' && record?.status !== 'done') input.completedAt = DateTime.utc()
    if (input.status !== 'done') input.completedAt = null
  },
}
