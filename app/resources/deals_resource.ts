import Deal from '#crm/models/deal'
import { defineResource } from '#resources/define_resource'
import { dealHooks } from '#crm/rules/deal_rules'
import { dealEvents } from '#crm/events/record_events'

export default defineResource({
  name: 'deals',
  feature: 'deals',
  model: Deal,
  titleField: 'title',
  navigation: { group: 'crm', icon: 'pi pi-briefcase', order: 15 },
  fields: {
    title: { type: 'text', required: true, maxLength: 200, searchable: true, sortable: true },
    value: { type: 'money', currencyColumn: 'valueCurrency', filterable: true, sortable: true },
    stageId: {
      type: 'relation',
      target: 'deal-stages',
      required: true,
      filterable: true,
      sortable: true,
    },
    probability: { type: 'percent', filterable: true, sortable: true },
    position: { type: 'number', readOnly: true, list: false, detail: false, sortable: true },
    expectedCloseDate: { type: 'date', filterable: true, sortable: true },
    contactId: { type: 'relation', target: 'contacts', filterable: true },
    companyId: { type: 'relation', target: 'companies', filterable: true },
    leadId: { type: 'relation', target: 'leads', filterable: true, list: false },
    ownerId: { type: 'relation', target: 'users', filterable: true, sortable: true },
    assigneeId: { type: 'relation', target: 'users', filterable: true, list: false },
    closeReason: { type: 'text', maxLength: 500, list: false },
    closedAt: { type: 'datetime', readOnly: true, filterable: true, list: false },
    stageEnteredAt: { type: 'datetime', readOnly: true, list: false },
    tags: { type: 'tags', filterable: true, list: false },
    createdAt: { type: 'datetime', readOnly: true, sortable: true, filterable: true },
    updatedAt: { type: 'datetime', readOnly: true, sortable: true, list: false },
  },
  defaultSort: '-createdAt',
  ownership: { owner: 'ownerId', assignee: 'assigneeId' },
  matchKeys: ['title'],
  hooks: dealHooks,
  events: dealEvents,
  timelineKey: 'deal_id',
})
