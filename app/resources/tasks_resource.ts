import Task from '#crm/models/task'
import { defineResource } from '#resources/define_resource'
import { TASK_PRIORITIES, TASK_STATUSES, taskHooks } from '#crm/rules/task_rules'
import { taskEvents } from '#crm/events/record_events'

export default defineResource({
  name: 'tasks',
  feature: 'tasks',
  model: Task,
  titleField: 'title',
  navigation: { group: 'crm', icon: 'pi pi-check-square', order: 30 },
  fields: {
    title: { type: 'text', required: true, maxLength: 200, searchable: true, sortable: true },
    description: { type: 'longText', list: false },
    status: {
      type: 'select',
      options: TASK_STATUSES,
      default: 'todo',
      filterable: true,
      sortable: true,
    },
    priority: {
      type: 'select',
      options: TASK_PRIORITIES,
      default: 'medium',
      filterable: true,
      sortable: true,
    },
    dueAt: { type: 'datetime', filterable: true, sortable: true },
    assigneeId: { type: 'relation', target: 'users', filterable: true, sortable: true },
    creatorId: { type: 'relation', target: 'users', filterable: true, readOnly: true, list: false },
    leadId: { type: 'relation', target: 'leads', filterable: true, list: false },
    dealId: { type: 'relation', target: 'deals', filterable: true, list: false },
    contactId: { type: 'relation', target: 'contacts', filterable: true, list: false },
    companyId: { type: 'relation', target: 'companies', filterable: true, list: false },
    completedAt: { type: 'datetime', readOnly: true, filterable: true, list: false },
    createdAt: { type: 'datetime', readOnly: true, sortable: true, filterable: true, list: false },
  },
  defaultSort: 'dueAt',
  ownership: { owner: 'creatorId', assignee: 'assigneeId' },
  hooks: taskHooks,
  events: taskEvents,
})
