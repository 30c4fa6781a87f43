import factory from '@adonisjs/lucid/factories'
import CustomField from '#resources/models/custom_field'

/**
 * A custom field of contacts; `select` gives it three options.
 */
export const CustomFieldFactory = factory
  .define(CustomField, ({ faker }) => {
    const key = `field_${faker.string.alpha({ length: 8, casing: 'lower' })}`
    return {
      resource: 'contacts',
      key,
      type: 'text' as const,
      labelEn: faker.lorem.words(2),
      labelAr: 'حقل',
      options: [],
      target: null,
      required: false,
      position: 0,
      archivedAt: null,
    }
  })
  .state('select', (field) => {
    field.type = 'select'
    field.options = [
      { value: 'hot', labelEn: 'Hot', labelAr: 'ساخن' },
      { value: 'warm', labelEn: 'Warm', labelAr: 'دافئ' },
      { value: 'cold', labelEn: 'Cold', labelAr: 'بارد' },
    ]
  })
  .build()
