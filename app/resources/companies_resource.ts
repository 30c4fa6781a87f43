import Company from '#crm/models/company'
import { defineResource } from '#resources/define_resource'

export const INDUSTRIES = [
  'real_estate',
  'construction',
  'finance',
  'government',
  'hospitality',
  'retail',
  'technology',
  'other',
] as const

export default defineResource({
  name: 'companies',
  feature: 'companies',
  model: Company,
  titleField: 'name',
  navigation: { group: 'crm', icon: 'pi pi-building', order: 20 },
  fields: {
    name: { type: 'text', required: true, maxLength: 200, searchable: true, sortable: true },
    logo: { type: 'file', list: false },
    industry: { type: 'select', options: INDUSTRIES, filterable: true, sortable: true },
    website: { type: 'url', maxLength: 500, list: false },
    email: { type: 'email', maxLength: 254, searchable: true, filterable: true },
    phone: { type: 'phone', searchable: true, filterable: true },
    address: { type: 'longText', list: false },
    city: { type: 'text', maxLength: 120, filterable: true, sortable: true },
    tags: { type: 'tags', filterable: true },
    notes: { type: 'longText', list: false },
    ownerId: { type: 'relation', target: 'users', filterable: true, sortable: true },
    createdAt: { type: 'datetime', readOnly: true, sortable: true, filterable: true },
    updatedAt: { type: 'datetime', readOnly: true, sortable: true, list: false },
  },
  hasMany: { contacts: { resource: 'contacts', foreignKey: 'companyId' } },
  defaultSort: '-createdAt',
  searchColumn: 'search_text',
  timelineKey: 'company_id',
  ownership: { owner: 'ownerId' },
  matchKeys: ['name', 'email', 'phone'],
})
