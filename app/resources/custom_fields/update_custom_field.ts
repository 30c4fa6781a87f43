import type { I18n } from '@adonisjs/i18n'
import { recordAudit } from '#core/audit/audit'
import type CustomField from '#resources/models/custom_field'
import {
  CHOICE_TYPES,
  customFieldError,
  type UpdateCustomFieldInput,
} from '#resources/custom_fields/custom_field_validator'
import {
  definitionChanges,
  definitionOptions,
  definitionSnapshot,
} from '#resources/custom_fields/custom_field_rules'

/**
 * Edits a field's labels, whether it is required and, for select fields,
 * its options. Its key, type and relation target stay as created: the
 * stored values are read through them. A removed option leaves the values
 * already stored untouched.
 */
export async function updateCustomField(
  i18n: I18n,
  field: CustomField,
  input: UpdateCustomFieldInput
) {
  if (input.key !== undefined && input.key !== field.key) {
    throw customFieldError(i18n, 'key', 'immutable')
  }
  if (input.type !== undefined && input.type !== field.type) {
    throw customFieldError(i18n, 'type', 'immutable')
  }
  if (input.target !== undefined && (input.target ?? null) !== field.target) {
    throw customFieldError(i18n, 'target', 'immutable')
  }

  const before = definitionSnapshot(field)
  if (input.labelEn !== undefined) field.labelEn = input.labelEn
  if (input.labelAr !== undefined) field.labelAr = input.labelAr
  if (input.required !== undefined) field.required = input.required
  if (input.options !== undefined && CHOICE_TYPES.includes(field.type)) {
    field.options = definitionOptions(i18n, field.type, input.options)
  }

  const changes = definitionChanges(before, definitionSnapshot(field))
  if (!changes) return field
  await field.save()
  await recordAudit({
    action: 'custom_fields.updated',
    entity: { type: 'custom_field', id: field.id },
    changes,
  })
  return field
}
