import Activity from '#crm/models/activity'
import { defineResource } from '#resources/define_resource'
import {
  ACTIVITY_TYPES,
  CALL_DIRECTIONS,
  CALL_OUTCOMES,
  activityHooks,
} from '#crm/rules/activity_rules'

export default defineResource({
  name: 'activities',
  feature: 'activities',
  model: Activity,
  titleField: 'subject',
  navigation: { group: 'crm', icon: 'pi pi-comments', order: 40 },
  fields: {
    type: {
      type: 'select',
      options: ACTIVITY_TYPES,
      required: true,
      filterable: true,
      sortable: true,
    },
    subject: { type: 'text', maxLength: 200, searchable: true },
    body: { type: 'longText', list: false },
    occurredAt: { type: 'datetime', filterable: true, sortable: true },
    authorId: { type: 'relation', target: 'users', filterable: true, readOnly: true },
    leadId: { type: 'relation', target: 'leads', filterable: true },
    dealId: { type: 'relation', target: 'deals', filterable: true },
    contactId: { type: 'relation', target: 'contacts', filterable: true, list: false },
    companyId: { type: 'relation', target: 'companies', filterable: true, list: false },
    callDirection: { type: 'select', options: CALL_DIRECTIONS, filterable: true, list: false },
    callDuration: { type: 'number', min: 0, max: 86_400, list: false },
    callOutcome: { type: 'select', options: CALL_OUTCOMES, filterable: true, list: false },
    propertyRef: { type: 'text', maxLength: 80, list: false },
    createdAt: { type: 'datetime', readOnly: true, sortable: true, list: false },
  },
  defaultSort: '-occurredAt',
  ownership: { owner: 'authorId' },
  hooks: activityHooks,
})
