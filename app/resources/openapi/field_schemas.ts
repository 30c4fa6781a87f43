import string from '@adonisjs/core/helpers/string'
import type { I18n } from '@adonisjs/i18n'
import type { ResourceDefinition } from '#resources/define_resource'
import { fieldLabel, type ResolvedField } from '#resources/engine/resource_fields'
import { recordValidator } from '#resources/engine/record_validator'
import { nullable, ref, type SchemaObject } from '#resources/openapi/openapi_types'

/** What a phone number is stored and shown as. */
export const E164_PATTERN = '^\\+[1-9]\\d{6,14}$'

/**
 * `Contact`, `DealStage`: the component name of a resource's record.
 */
export function schemaName(resource: ResourceDefinition) {
  return string.pascalCase(string.singular(resource.name))
}

/**
 * The key the serializer puts a relation's `{ id, title }` under:
 * `companyId` → `company`.
 */
export function relationSummaryKey(field: ResolvedField) {
  return field.key.replace(/Id$/, '')
}

function relationNote(field: ResolvedField) {
  if (!field.target) return ''
  return field.target === 'users' ? ' (a user of the organization)' : ` (a ${field.target} record)`
}

/**
 * One option value. Options an organization configures itself are only
 * known with its token: without one, any string.
 */
function optionSchema(field: ResolvedField): SchemaObject {
  const options = field.options ?? []
  if (options.length === 0) {
    return { type: 'string', description: "One of the organization's own options." }
  }
  return { type: 'string', enum: [...options] }
}

/**
 * A field's value as the API shows it (`data.<key>`), before nullability.
 */
function shownSchema(field: ResolvedField): SchemaObject {
  switch (field.type) {
    case 'text':
    case 'longText':
      return { type: 'string', ...(field.maxLength ? { maxLength: field.maxLength } : {}) }
    case 'email':
      return { type: 'string', format: 'email' }
    case 'phone':
      return { type: 'string', pattern: E164_PATTERN }
    case 'url':
      return { type: 'string', format: 'uri' }
    case 'number':
      return { type: 'number' }
    case 'percent':
      return { type: 'number', minimum: 0, maximum: 100 }
    case 'money':
      return ref('schemas', 'Money')
    case 'date':
      return { type: 'string', format: 'date' }
    case 'datetime':
      return { type: 'string', format: 'date-time' }
    case 'boolean':
      return { type: 'boolean' }
    case 'select':
      return optionSchema(field)
    case 'multiSelect':
      return { type: 'array', items: optionSchema(field) }
    case 'tags':
      return { type: 'array', items: { type: 'string' } }
    case 'relation':
      return { type: 'integer' }
    case 'file':
      return { type: 'string' }
  }
}

function described(schema: SchemaObject, description: string, field: ResolvedField): SchemaObject {
  const extra = field.labels ? { 'x-labels': field.labels } : {}
  if (schema.$ref) return { allOf: [schema], description, ...extra }
  return { ...schema, description, ...extra }
}

/**
 * A field as the API shows it. Every field is present; only required ones
 * are never null.
 */
export function fieldSchema(i18n: I18n, resource: ResourceDefinition, field: ResolvedField) {
  const base = shownSchema(field)
  const schema = field.required ? base : nullable(base)
  const note = field.type === 'phone' ? ' (E.164)' : relationNote(field)
  return described(schema, `${fieldLabel(i18n, resource, field)}${note}`, field)
}

/**
 * The record schema: `id`, `title`, every active non-secret field, a
 * `{ id, title }` summary beside each declared relation, the organization's
 * custom fields under `custom`, `version` and `deletedAt`. Mirrors
 * `ResourceContext.serialize`.
 */
export function recordSchema(
  i18n: I18n,
  resource: ResourceDefinition,
  fields: ResolvedField[]
): SchemaObject {
  const active = fields.filter((field) => !field.archived && !field.secret)
  const properties: Record<string, SchemaObject> = {
    id: { type: 'integer', readOnly: true },
    title: {
      type: 'string',
      readOnly: true,
      description: `The record's ${resource.titleField}, for display.`,
    },
  }
  const custom: Record<string, SchemaObject> = {}
  for (const field of active) {
    const schema = fieldSchema(i18n, resource, field)
    if (field.readOnly) schema.readOnly = true
    if (field.customKey) {
      custom[field.customKey] = schema
      continue
    }
    properties[field.key] = schema
    if (field.type === 'relation') {
      properties[relationSummaryKey(field)] = {
        anyOf: [ref('schemas', 'RelationSummary'), { type: 'null' }],
        readOnly: true,
        description: `${fieldLabel(i18n, resource, field)}: id and title, null when unset or out of reach.`,
      }
    }
  }
  properties.custom = {
    type: 'object',
    description: "The organization's custom fields, by key.",
    properties: custom,
    required: Object.keys(custom),
    additionalProperties: false,
  }
  properties.version = {
    type: 'integer',
    minimum: 1,
    readOnly: true,
    description: 'Bumped by every change; the `ETag`.',
  }
  properties.deletedAt = {
    type: ['string', 'null'],
    format: 'date-time',
    readOnly: true,
    description: 'Set while the record is in the trash.',
  }
  return { type: 'object', properties, required: Object.keys(properties) }
}

/**
 * Where VineJS's JSON Schema says less than the validator accepts (dates
 * are parsed from strings, booleans accept `"true"`/`1`...).
 */
function inputOverride(field: ResolvedField): SchemaObject | undefined {
  if (field.type === 'date') return { type: 'string', format: 'date' }
  if (field.type === 'datetime') return { type: 'string', format: 'date-time' }
  if (field.type === 'boolean') return { type: 'boolean' }
  if (field.type === 'select') return optionSchema(field)
  if (field.type === 'multiSelect') {
    return { type: 'array', items: optionSchema(field), uniqueItems: true }
  }
  return undefined
}

function inputNote(field: ResolvedField) {
  if (field.type === 'phone') return ' (any valid number, local ones read as Saudi; stored E.164)'
  if (field.type === 'email') return ' (stored lowercased)'
  return relationNote(field)
}

function adjustInput(
  i18n: I18n,
  resource: ResourceDefinition,
  field: ResolvedField,
  schema: SchemaObject | undefined
) {
  const override = inputOverride(field)
  let adjusted = schema ?? {}
  if (override) adjusted = field.required ? override : nullable(override)
  return described(adjusted, `${fieldLabel(i18n, resource, field)}${inputNote(field)}`, field)
}

/**
 * The body `POST` (create) or `PATCH` (update) accepts: the engine's own
 * VineJS validator as JSON Schema (same fields, required ones, lengths,
 * ranges, options), read-only fields left out.
 */
export function inputSchema(
  i18n: I18n,
  resource: ResourceDefinition,
  fields: ResolvedField[],
  mode: 'create' | 'update'
): SchemaObject {
  const schema = recordValidator(fields, mode).toJSONSchema() as SchemaObject
  const properties = { ...(schema.properties as Record<string, SchemaObject>) }
  const customSchema = { ...(properties.custom ?? {}) }
  const customProperties = { ...(customSchema.properties as Record<string, SchemaObject>) }

  for (const field of fields) {
    if (field.customKey) {
      if (field.customKey in customProperties) {
        const current = customProperties[field.customKey]
        customProperties[field.customKey] = adjustInput(i18n, resource, field, current)
      }
    } else if (field.key in properties) {
      properties[field.key] = adjustInput(i18n, resource, field, properties[field.key])
    }
  }
  properties.custom = {
    ...customSchema,
    properties: customProperties,
    description: "The organization's custom fields, by key.",
  }
  return {
    ...schema,
    properties,
    description:
      mode === 'create'
        ? 'A new record. Unknown fields are dropped; read-only fields cannot be set.'
        : 'The fields to change; absent fields keep their value.',
  }
}
