import string from '@adonisjs/core/helpers/string'
import type { I18n } from '@adonisjs/i18n'
import type { ResourceDefinition } from '#resources/define_resource'
import type CustomField from '#resources/models/custom_field'
import type { CustomFieldOption } from '#resources/models/custom_field'
import {
  CHOICE_TYPES,
  customFieldError,
  type CustomFieldType,
} from '#resources/custom_fields/custom_field_validator'

/**
 * Names a record already answers to in the API and the list query syntax.
 */
const ENGINE_NAMES = ['id', 'title', 'custom', 'version', 'deleted_at', 'created_at', 'updated_at']

/**
 * A custom key may not read like a declared field of the resource, by its
 * key (`jobTitle`) or its column (`job_title`).
 */
export function assertNotDeclared(i18n: I18n, resource: ResourceDefinition, key: string) {
  const declared = new Set(ENGINE_NAMES)
  for (const [name, field] of Object.entries(resource.fields)) {
    declared.add(name.toLowerCase())
    declared.add(field.column ?? string.snakeCase(name))
  }
  if (declared.has(key)) throw customFieldError(i18n, 'key', 'keyReserved')
}

/**
 * Select and multi-select fields need at least one option; other types
 * keep none.
 */
export function definitionOptions(
  i18n: I18n,
  type: CustomFieldType,
  options: CustomFieldOption[] | undefined
) {
  if (!CHOICE_TYPES.includes(type)) return []
  if (!options?.length) throw customFieldError(i18n, 'options', 'optionsRequired')
  return options.map(({ value, labelEn, labelAr }) => ({ value, labelEn, labelAr }))
}

/**
 * What the audit log keeps of a field definition.
 */
export function definitionSnapshot(field: CustomField) {
  return {
    resource: field.resource,
    key: field.key,
    type: field.type,
    labelEn: field.labelEn,
    labelAr: field.labelAr,
    required: field.required,
    options: field.options,
    target: field.target,
    position: field.position,
    archivedAt: field.archivedAt?.toUTC().toISO() ?? null,
  }
}

/**
 * The entries of `after` that differ from `before` (compared as JSON, so
 * option lists compare by content).
 */
export function definitionChanges(before: Record<string, unknown>, after: Record<string, unknown>) {
  const changed = Object.keys(after).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])
  )
  if (changed.length === 0) return null
  return {
    before: Object.fromEntries(changed.map((key) => [key, before[key]])),
    after: Object.fromEntries(changed.map((key) => [key, after[key]])),
  }
}
