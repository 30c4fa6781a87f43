import type { I18n } from '@adonisjs/i18n'
import { recordAudit } from '#core/audit/audit'
import { findResource } from '#resources/registry'
import CustomField from '#resources/models/custom_field'
import {
  customFieldError,
  type CreateCustomFieldInput,
} from '#resources/custom_fields/custom_field_validator'
import {
  assertNotDeclared,
  definitionOptions,
  definitionSnapshot,
} from '#resources/custom_fields/custom_field_rules'

const UNIQUE_VIOLATION = '23505'

/**
 * Adds a field to a resource of the current organization, after its
 * others. The key is checked against the declared fields and the other
 * custom fields of the resource, archived ones included (their values are
 * still stored under it).
 */
export async function createCustomField(i18n: I18n, input: CreateCustomFieldInput) {
  const resource = findResource(input.resource)!
  assertNotDeclared(i18n, resource, input.key)
  const fields = CustomField.query().where('resource', resource.name)
  if (await fields.clone().where('key', input.key).first()) {
    throw customFieldError(i18n, 'key', 'keyTaken')
  }
  const options = definitionOptions(i18n, input.type, input.options)
  if (input.type === 'relation' && !input.target) {
    throw customFieldError(i18n, 'target', 'targetRequired')
  }
  const last = await fields.clone().orderBy('position', 'desc').first()

  let field: CustomField
  try {
    field = await CustomField.create({
      resource: resource.name,
      key: input.key,
      type: input.type,
      labelEn: input.labelEn,
      labelAr: input.labelAr,
      required: input.required ?? false,
      options,
      target: input.type === 'relation' ? input.target! : null,
      position: last ? last.position + 1 : 0,
      archivedAt: null,
    })
  } catch (error) {
    // Another admin took the key between the check and the insert.
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
      throw customFieldError(i18n, 'key', 'keyTaken')
    }
    throw error
  }

  await recordAudit({
    action: 'custom_fields.created',
    entity: { type: 'custom_field', id: field.id },
    changes: { after: definitionSnapshot(field) },
  })
  return field
}
