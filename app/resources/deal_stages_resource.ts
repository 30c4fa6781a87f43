import DealStage, { STAGE_OUTCOMES } from '#crm/models/deal_stage'
import { defineResource } from '#resources/define_resource'

export default defineResource({
  name: 'deal-stages',
  feature: 'dealStages',
  model: DealStage,
  titleField: 'nameEn',
  localizedTitle: { en: 'nameEn', ar: 'nameAr' },
  navigation: { group: 'settings', icon: 'pi pi-sort-alt', order: 90 },
  fields: {
    nameEn: { type: 'text', required: true, maxLength: 80, searchable: true, sortable: true },
    nameAr: { type: 'text', required: true, maxLength: 80, searchable: true, sortable: true },
    probability: { type: 'percent', required: true, sortable: true, filterable: true },
    position: { type: 'number', required: true, min: 0, max: 1000, sortable: true },
    outcome: { type: 'select', options: STAGE_OUTCOMES, default: 'open', filterable: true },
    createdAt: { type: 'datetime', readOnly: true, sortable: true, list: false },
  },
  defaultSort: 'position',
})
