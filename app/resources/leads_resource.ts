import Lead from '#crm/models/lead'
import { defineResource } from '#resources/define_resource'
import { leadSourcesOf, DEFAULT_LEAD_SOURCES } from '#crm/lead_sources'
import { LEAD_STATUSES, leadHooks } from '#crm/rules/lead_rules'
import { leadEvents } from '#crm/events/record_events'

export default defineResource({
  name: 'leads',
  feature: 'leads',
  model: Lead,
  titleField: 'name',
  navigation: { group: 'crm', icon: 'pi pi-bolt', order: 5 },
  fields: {
    name: { type: 'text', required: true, maxLength: 200, searchable: true, sortable: true },
    email: { type: 'email', maxLength: 254, searchable: true, filterable: true, sortable: true },
    phone: { type: 'phone', searchable: true, filterable: true },
    companyName: { type: 'text', maxLength: 200, filterable: true, list: false },
    source: {
      type: 'select',
      options: DEFAULT_LEAD_SOURCES.map((source) => source.value),
      optionsFrom: leadSourcesOf,
      filterable: true,
      sortable: true,
    },
    status: {
      type: 'select',
      options: LEAD_STATUSES,
      default: 'new',
      filterable: true,
      sortable: true,
    },
    lostReason: { type: 'text', maxLength: 500, list: false },
    value: { type: 'money', currencyColumn: 'valueCurrency', filterable: true, sortable: true },
    ownerId: { type: 'relation', target: 'users', filterable: true, sortable: true },
    assigneeId: { type: 'relation', target: 'users', filterable: true },
    tags: { type: 'tags', filterable: true, list: false },
    notes: { type: 'longText', list: false },
    contactId: { type: 'relation', target: 'contacts', readOnly: true, list: false },
    convertedDealId: { type: 'relation', target: 'deals', readOnly: true, list: false },
    convertedAt: { type: 'datetime', readOnly: true, list: false, filterable: true },
    createdAt: { type: 'datetime', readOnly: true, sortable: true, filterable: true },
    updatedAt: { type: 'datetime', readOnly: true, sortable: true, list: false },
  },
  defaultSort: '-createdAt',
  searchColumn: 'search_text',
  countedIn: { table: 'lead_summaries', field: 'status' },
  ownership: { owner: 'ownerId', assignee: 'assigneeId' },
  matchKeys: ['email', 'phone', 'name'],
  hooks: leadHooks,
  events: leadEvents,
  timelineKey: 'lead_id',
})
