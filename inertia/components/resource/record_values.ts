import type { JsonValue, RelationSummary, ResourceField, ResourceRecord } from '~/types/resources'

/**
 * The key of a custom field inside the record's `custom` object.
 */
export function customKeyOf(field: Pick<ResourceField, 'key' | 'custom'>) {
  return field.custom ? field.key.slice('custom.'.length) : undefined
}

/**
 * A field's value on a serialized record (custom fields live under
 * `custom`).
 */
export function valueOf(record: ResourceRecord, field: ResourceField): JsonValue {
  const customKey = customKeyOf(field)
  if (customKey !== undefined) return record.custom?.[customKey] ?? null
  return record[field.key] ?? null
}

function isSummary(value: unknown): value is RelationSummary {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as RelationSummary).id === 'number' &&
    typeof (value as RelationSummary).title === 'string'
  )
}

/**
 * The `{ id, title }` the server adds next to a declared relation
 * (`companyId` → `company`); custom relations only carry the id.
 */
export function relationOf(record: ResourceRecord, field: ResourceField) {
  if (field.type !== 'relation' || field.custom) return null
  const summary = record[field.key.replace(/Id$/, '')]
  return isSummary(summary) ? summary : null
}

export function optionLabel(field: ResourceField, value: JsonValue) {
  const option = field.options.find((candidate) => candidate.value === value)
  return option?.label ?? String(value)
}

export function isEmptyValue(value: JsonValue | undefined) {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  )
}
