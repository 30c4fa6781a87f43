import { BaseTransformer } from '@adonisjs/core/transformers'
import type CustomField from '#resources/models/custom_field'

/**
 * A custom field definition as the API and the settings screen show it.
 */
export default class CustomFieldTransformer extends BaseTransformer<CustomField> {
  toObject() {
    const field = this.resource
    return {
      ...this.pick(field, ['id', 'resource', 'key', 'labelEn', 'labelAr', 'required', 'position']),
      type: field.type,
      options: field.options.map(({ value, labelEn, labelAr }) => ({ value, labelEn, labelAr })),
      target: field.target,
      archived: field.isArchived,
      archivedAt: field.archivedAt?.toUTC().toISO() ?? null,
      createdAt: field.createdAt.toUTC().toISO()!,
      updatedAt: field.updatedAt.toUTC().toISO()!,
    }
  }
}
