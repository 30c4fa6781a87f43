import type { LucidModel, ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import type { I18n } from '@adonisjs/i18n'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type User from '#identity/models/user'
import type { Feature } from '#identity/permissions'
import type { BaseEvent } from '@adonisjs/core/events'

export const FIELD_TYPES = [
  'text',
  'longText',
  'email',
  'phone',
  'url',
  'number',
  'money',
  'percent',
  'date',
  'datetime',
  'boolean',
  'select',
  'multiSelect',
  'tags',
  'relation',
  'file',
] as const
export type FieldType = (typeof FIELD_TYPES)[number]

export type OptionDefinition = { value: string; labelEn: string; labelAr: string }

/**
 * Where a relation field points: another resource, or the agency's users.
 */
export type RelationTarget = 'users' | (string & {})

/**
 * One field of a resource. Everything but `type` has a sensible default:
 * the column is the snake_case of the key, the label is
 * `resources.<resource>.fields.<key>`, and the field shows everywhere.
 */
export type FieldDefinition = {
  type: FieldType
  column?: string
  required?: boolean
  maxLength?: number
  min?: number
  max?: number
  /** select / multi-select values, labelled `resources.<resource>.options.<key>.<value>` */
  options?: readonly string[]
  /** options each organization configures (they replace `options`) */
  optionsFrom?: (organizationId: number) => Promise<readonly OptionDefinition[]>
  /** relation target, for `relation` fields */
  target?: RelationTarget
  /** currency column of a `money` field */
  currencyColumn?: string
  default?: unknown
  list?: boolean
  detail?: boolean
  form?: boolean
  sortable?: boolean
  filterable?: boolean
  searchable?: boolean
  readOnly?: boolean
  /** never listed, filtered, sorted, exported or serialized */
  secret?: boolean
  /** a client component that replaces the engine's input for this field */
  component?: string
}

/**
 * A has-many relation, shown as a tab on the detail page.
 */
export type HasManyDefinition = { resource: string; foreignKey: string }

/**
 * A filter of the resource's own making: `filter[<name>]=<value>` applies it.
 */
export type CustomFilter = {
  values?: readonly string[]
  apply: (query: ModelQueryBuilderContract<LucidModel>, value: string, user: User) => void
}

/**
 * A row/bulk action of the resource's own (the engine brings delete, assign
 * owner and set field). It runs on records the user may `ability`.
 */
export type ResourceAction = {
  icon: string
  ability: 'update' | 'delete'
  handle: (records: InstanceType<LucidModel>[], user: User) => Promise<void>
}

export type WriteMode = 'create' | 'update'

/**
 * Domain behaviour around the engine's writes. `prepare` runs on validated
 * input before it is written (it may refuse it, or complete it: a default
 * taken from another record); `afterWrite` runs in the same transaction.
 */
export type ResourceHooks = {
  prepare?: (
    context: ResourceContextLike,
    input: Record<string, unknown>,
    record: Record<string, any> | null,
    /** `client`: the transaction the caller is in, for any lookup the rule makes */
    options: { force: boolean; client?: TransactionClientContract }
  ) => Promise<void>
  afterWrite?: (
    context: ResourceContextLike,
    record: Record<string, any>,
    before: Record<string, any> | null,
    trx: TransactionClientContract
  ) => Promise<void>
}

/**
 * A committed write, as the engine announces it: the record after it and,
 * for an update, its attributes before.
 */
export type RecordChange = {
  action: 'created' | 'updated' | 'deleted' | 'restored'
  record: Record<string, any>
  before: Record<string, any> | null
  actor: User
}

/** What hooks see of the engine's per-request context. */
export type ResourceContextLike = {
  user: User
  i18n: I18n
  resource: ResourceDefinition
}

export type ResourceDefinition<Model extends LucidModel = LucidModel> = {
  /** plural kebab-case, as in the API path */
  name: string
  /** the permission feature that governs it */
  feature: Feature
  model: Model
  titleField: string
  /** a title field per language, when the title exists in both */
  localizedTitle?: { en: string; ar: string }
  navigation: { group: 'crm' | 'real_estate' | 'settings'; icon: string; order: number }
  fields: Record<string, FieldDefinition>
  hasMany?: Record<string, HasManyDefinition>
  filters?: Record<string, CustomFilter>
  defaultSort: string
  /**
   * A stored column that joins the searchable fields' columns, lowercased
   * and newline-separated (see migration 0034): search reads it with one
   * `LIKE`. It must hold every searchable declared field (a test checks).
   */
  searchColumn?: string
  /**
   * A table that triggers keep exact in every write's own transaction:
   * live records counted (`count`) per `organization_id` and value of one
   * field (a column of the same name). It gives the total of an
   * organization-wide list filtered by nothing but that field in one
   * indexed read, where counting the rows grows with the data.
   */
  countedIn?: { table: string; field: string }
  hooks?: ResourceHooks
  /**
   * The domain events a committed write means (lead assigned, deal won…),
   * dispatched after the commit beside the generic `RecordChanged`.
   */
  events?: (change: RecordChange) => BaseEvent[] | Promise<BaseEvent[]>
  /** the column of activities and tasks that links them to this resource (its timeline) */
  timelineKey?: string
  actions?: Record<string, ResourceAction>
  /** fields holding the owner and assignee: brokers see only their own */
  ownership?: { owner: string; assignee?: string }
  /** fields duplicates are matched on at import */
  matchKeys?: readonly string[]
  /** Inertia pages that replace the generic ones */
  pages?: { index?: string; show?: string; form?: string }
}

/**
 * The resource's name as route names spell it (`deal-stages` → `deal_stages`).
 */
export function routeKeyOf(resource: { name: string }) {
  return resource.name.replaceAll('-', '_')
}

/**
 * Declares a resource; the engine derives its screens, API, OpenAPI,
 * export, import and custom fields from it.
 */
export function defineResource<Model extends LucidModel>(definition: ResourceDefinition<Model>) {
  return definition
}
