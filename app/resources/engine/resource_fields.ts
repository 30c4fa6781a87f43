import string from '@adonisjs/core/helpers/string'
import type { I18n } from '@adonisjs/i18n'
import CustomField from '#resources/models/custom_field'
import { tenantContext } from '#core/tenancy/tenant_context'
import { HttpContext } from '@adonisjs/core/http'
import type User from '#identity/models/user'
import type Organization from '#identity/models/organization'
import type { FieldDefinition, ResourceDefinition } from '#resources/define_resource'
import type { ListField } from '#core/query/list_query'

/**
 * A field as the engine works with it: declared or custom, with its column,
 * label and where it shows. Custom fields are keyed `custom.<key>`.
 */
export type ResolvedField = Required<
  Pick<FieldDefinition, 'type' | 'list' | 'detail' | 'form' | 'sortable' | 'filterable'>
> &
  FieldDefinition & {
    key: string
    column: string
    /** the key inside `custom`, for custom fields */
    customKey?: string
    labels?: { en: string; ar: string }
    optionLabels?: Record<string, { en: string; ar: string }>
    archived?: boolean
  }

const LIST_TYPES: Record<FieldDefinition['type'], ListField['type'] | undefined> = {
  text: 'string',
  longText: 'string',
  email: 'string',
  phone: 'string',
  url: 'string',
  number: 'number',
  money: 'number',
  percent: 'number',
  date: 'date',
  datetime: 'date',
  boolean: 'boolean',
  select: 'enum',
  multiSelect: 'array',
  tags: 'array',
  relation: 'number',
  file: undefined,
}

function resolveDeclared(key: string, field: FieldDefinition): ResolvedField {
  const hidden = field.secret === true
  return {
    ...field,
    key,
    column: field.column ?? string.snakeCase(key),
    list: !hidden && (field.list ?? true),
    detail: !hidden && (field.detail ?? true),
    form: !hidden && !field.readOnly && (field.form ?? true),
    sortable: !hidden && (field.sortable ?? false),
    filterable: !hidden && (field.filterable ?? false),
    searchable: !hidden && (field.searchable ?? false),
  }
}

function resolveCustom(field: CustomField): ResolvedField {
  const archived = field.isArchived
  return {
    type: field.type,
    key: `custom.${field.key}`,
    column: 'custom',
    customKey: field.key,
    required: field.required,
    options: field.options.map((option) => option.value),
    optionLabels: Object.fromEntries(
      field.options.map((option) => [option.value, { en: option.labelEn, ar: option.labelAr }])
    ),
    labels: { en: field.labelEn, ar: field.labelAr },
    archived,
    list: !archived,
    detail: !archived,
    form: !archived,
    sortable: !archived && field.type !== 'multiSelect' && field.type !== 'tags',
    filterable: !archived,
    searchable: !archived && ['text', 'email', 'phone', 'url'].includes(field.type),
    target: field.target ?? undefined,
  }
}

const shapes = new Map<string, ResolvedField[]>()

/**
 * The organization's current shape version, when the request already
 * loaded it (the API and the panel always do).
 */
function shapeKey(resource: ResourceDefinition) {
  const user = HttpContext.get()?.auth?.user as User | undefined
  const organization = user?.$preloaded.organization as Organization | undefined
  if (!organization) return undefined
  return `${organization.id}:${organization.schemaVersion}:${resource.name}`
}

/**
 * The fields of one resource for the current organization, cached per
 * organization and schema version: a custom field or lead-source change
 * bumps the version, so a cached shape is never stale.
 */
export async function resourceFields(resource: ResourceDefinition) {
  const key = shapeKey(resource)
  const cached = key ? shapes.get(key) : undefined
  if (cached) return cached
  const fields = await loadResourceFields(resource)
  if (key) {
    if (shapes.size > 1000) shapes.clear()
    shapes.set(key, fields)
  }
  return fields
}

/**
 * Its declared fields, then its custom fields in the admins' order
 * (archived ones too, marked, so their values are kept but not shown).
 */
async function loadResourceFields(resource: ResourceDefinition) {
  const custom = await CustomField.query()
    .where('resource', resource.name)
    .orderBy('position', 'asc')
    .orderBy('id', 'asc')
  const declared = await Promise.all(declaredFields(resource).map(withOrganizationOptions))
  return [...declared, ...custom.map(resolveCustom)]
}

/**
 * Options the organization configures itself (lead sources, for one).
 */
async function withOrganizationOptions(field: ResolvedField): Promise<ResolvedField> {
  const organizationId = tenantContext.currentOrganizationId()
  if (!field.optionsFrom || organizationId === undefined) return field
  const options = await field.optionsFrom(organizationId)
  return {
    ...field,
    options: options.map((option) => option.value),
    optionLabels: Object.fromEntries(
      options.map((option) => [option.value, { en: option.labelEn, ar: option.labelAr }])
    ),
  }
}

/**
 * The resource's declared fields only, the same for every organization
 * (what the public OpenAPI document describes).
 */
export function declaredFields(resource: ResourceDefinition) {
  return Object.entries(resource.fields).map(([key, field]) => resolveDeclared(key, field))
}

export function fieldLabel(i18n: I18n, resource: ResourceDefinition, field: ResolvedField) {
  if (field.labels) return i18n.locale === 'ar' ? field.labels.ar : field.labels.en
  return i18n.t(`resources.${resource.name}.fields.${field.key}`)
}

export function optionLabel(
  i18n: I18n,
  resource: ResourceDefinition,
  field: ResolvedField,
  value: string
) {
  const custom = field.optionLabels?.[value]
  if (custom) return i18n.locale === 'ar' ? custom.ar : custom.en
  return i18n.t(`resources.${resource.name}.options.${field.key}.${value}`)
}

/** The integer columns declared fields of these types are stored in (money is numeric). */
const INTEGER_COLUMNS: Partial<Record<FieldDefinition['type'], ListField['integer']>> = {
  number: 'integer',
  percent: 'integer',
  relation: 'bigint',
}

/**
 * How the list query sees the fields: what may be sorted, filtered and
 * searched, on which column or JSONB key.
 */
export function listFieldsOf(resource: ResourceDefinition, fields: ResolvedField[]) {
  const table = resource.model.table
  const listFields: Record<string, ListField> = {}
  for (const field of fields) {
    const type = LIST_TYPES[field.type]
    if (!type || field.secret || field.archived) continue
    listFields[field.key] = {
      column: `${table}.${field.column}`,
      json: field.customKey,
      jsonKey: field.customKey && field.type === 'money' ? 'amount' : undefined,
      type,
      values: field.type === 'select' ? field.options : undefined,
      integer: field.customKey ? undefined : INTEGER_COLUMNS[field.type],
      sortable: field.sortable,
      filterable: field.filterable,
      searchable: field.searchable,
    }
  }
  listFields.id = {
    column: `${table}.id`,
    type: 'number',
    integer: 'bigint',
    filterable: true,
    sortable: true,
  }
  return listFields
}
