import type { FieldType } from '#resources/define_resource'
import type { ResolvedField } from '#resources/engine/resource_fields'

/**
 * Ids a sample body may point its relations at: the acting user for
 * `users`, a record of the same organization for other resources.
 */
export type SampleRefs = { userId: number; records: Record<string, number | undefined> }

export type RecordBody = Record<string, unknown> & { custom?: Record<string, unknown> }

const TEXT_TYPES: FieldType[] = ['text', 'longText', 'email', 'phone', 'url']

/**
 * The fields a client may write: what the create and update bodies hold.
 */
export function writableFields(fields: ResolvedField[]) {
  return fields.filter((field) => field.form && !field.archived && !field.secret)
}

export function isTextual(field: ResolvedField) {
  return TEXT_TYPES.includes(field.type)
}

/** makes every sample e-mail and phone unique (leads refuse duplicates) */
let sequence = 0

/**
 * A valid value of the field's type, or undefined when the field is best
 * left out (a relation with nothing to point at, a file).
 */
export function sampleValue(field: ResolvedField, refs: SampleRefs): unknown {
  switch (field.type) {
    case 'text':
      return 'Sample text'.slice(0, field.maxLength ?? 255)
    case 'longText':
      return 'Sample notes, with a comma and "quotes".'
    case 'email':
      return `sample${++sequence}@example.com`
    case 'phone':
      return `+96650${String(1_000_000 + ++sequence).slice(-7)}`
    case 'url':
      return 'https://example.com/sample'
    case 'number':
      return Math.min(Math.max(42, field.min ?? 42), field.max ?? 42)
    case 'percent':
      return 50
    case 'money':
      return { amount: 1250.5, currency: 'SAR' }
    case 'date':
      return '2024-05-01'
    case 'datetime':
      return '2024-05-01T10:00:00.000Z'
    case 'boolean':
      return true
    case 'select':
      return field.options?.[0]
    case 'multiSelect':
      return field.options?.length ? [field.options[0]] : []
    case 'tags':
      return ['sample']
    case 'relation':
      return field.target === 'users' ? refs.userId : refs.records[field.target ?? '']
    case 'file':
      return undefined
  }
}

/**
 * A value of the wrong shape for the field's type: each must be refused
 * with a field error.
 */
export function invalidValue(field: ResolvedField): unknown {
  switch (field.type) {
    case 'text':
    case 'longText':
      return 'x'.repeat((field.maxLength ?? (field.type === 'text' ? 255 : 10_000)) + 1)
    case 'email':
      return 'nope'
    case 'phone':
      return '123'
    case 'url':
      return 'not a url'
    case 'number':
      return 'abc'
    case 'percent':
      return 150
    case 'money':
      return { amount: 'abc', currency: 'SAR' }
    case 'date':
    case 'datetime':
      return 'not-a-date'
    case 'boolean':
      return 'maybe'
    case 'select':
      return '__not_an_option__'
    case 'multiSelect':
      return ['__not_an_option__']
    case 'tags':
      return 'not-a-list'
    case 'relation':
      return -1
    case 'file':
      return 12345
  }
}

function put(body: RecordBody, field: ResolvedField, value: unknown) {
  if (value === undefined) return
  if (field.customKey) body.custom = { ...body.custom, [field.customKey]: value }
  else body[field.key] = value
}

/**
 * A valid create body generated from the declaration (declared and custom
 * fields), with the given overrides (e.g. a title, an owner).
 */
export function sampleBody(
  fields: ResolvedField[],
  refs: SampleRefs,
  overrides: Record<string, unknown> = {}
): RecordBody {
  const body: RecordBody = {}
  for (const field of writableFields(fields)) {
    put(body, field, field.key in overrides ? overrides[field.key] : sampleValue(field, refs))
  }
  return body
}

/**
 * A body in which every writable field holds a value of the wrong shape.
 */
export function invalidBody(fields: ResolvedField[]): RecordBody {
  const body: RecordBody = {}
  for (const field of writableFields(fields)) put(body, field, invalidValue(field))
  return body
}
