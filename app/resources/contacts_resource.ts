import Contact from '#crm/models/contact'
import { defineResource } from '#resources/define_resource'

export const CONTACT_SOURCES = [
  'website',
  'referral',
  'property_portal',
  'walk_in',
  'social',
  'cold_call',
  'card_scan',
  'other',
] as const

export default defineResource({
  name: 'contacts',
  feature: 'contacts',
  model: Contact,
  titleField: 'name',
  navigation: { group: 'crm', icon: 'pi pi-id-card', order: 10 },
  fields: {
    name: { type: 'text', required: true, maxLength: 200, searchable: true, sortable: true },
    email: { type: 'email', maxLength: 254, searchable: true, filterable: true, sortable: true },
    phone: { type: 'phone', searchable: true, filterable: true },
    mobile: { type: 'phone', filterable: true, list: false },
    jobTitle: { type: 'text', maxLength: 120, list: false },
    companyId: { type: 'relation', target: 'companies', filterable: true, sortable: true },
    source: { type: 'select', options: CONTACT_SOURCES, filterable: true, sortable: true },
    tags: { type: 'tags', filterable: true },
    address: { type: 'longText', list: false },
    city: { type: 'text', maxLength: 120, filterable: true, sortable: true, list: false },
    birthday: { type: 'date', filterable: true, sortable: true, list: false },
    doNotContact: { type: 'boolean', filterable: true, default: false, list: false },
    notes: { type: 'longText', list: false },
    ownerId: { type: 'relation', target: 'users', filterable: true, sortable: true },
    createdAt: { type: 'datetime', readOnly: true, sortable: true, filterable: true },
    updatedAt: { type: 'datetime', readOnly: true, sortable: true, list: false },
  },
  defaultSort: '-createdAt',
  searchColumn: 'search_text',
  timelineKey: 'contact_id',
  ownership: { owner: 'ownerId' },
  matchKeys: ['email', 'phone', 'name'],
})
