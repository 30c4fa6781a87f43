/**
 * The props of the resource engine's generic screens, as the server sends
 * them (app/resources/engine/resource_meta.ts, resource_context.ts,
 * record_timeline.ts, related_tabs.ts, views/saved_views.ts).
 */
import type { PageMeta } from '~/types'

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

export type FieldType =
  | 'text'
  | 'longText'
  | 'email'
  | 'phone'
  | 'url'
  | 'number'
  | 'money'
  | 'percent'
  | 'date'
  | 'datetime'
  | 'boolean'
  | 'select'
  | 'multiSelect'
  | 'tags'
  | 'relation'
  | 'file'

export type FieldOption = { value: string; label: string }

export type ResourceField = {
  /** `name`, or `custom.<key>` for a custom field */
  key: string
  label: string
  type: FieldType
  custom: boolean
  required: boolean
  list: boolean
  detail: boolean
  form: boolean
  sortable: boolean
  filterable: boolean
  searchable: boolean
  readOnly: boolean
  /** relation target: `users` or a resource name */
  target: string | null
  /** a registered client component replacing the engine's input */
  component: string | null
  maxLength: number | null
  options: FieldOption[]
}

export type ResourceAbilities = {
  viewAny: boolean
  view: boolean
  create: boolean
  update: boolean
  delete: boolean
  export: boolean
  import: boolean
  restore: boolean
}

export type ResourceMeta = {
  name: string
  routeKey: string
  singular: string
  plural: string
  titleField: string
  defaultSort: string
  ownerField: string | null
  pages: { index?: string; show?: string; form?: string }
  fields: ResourceField[]
  hasMany: { key: string; resource: string; foreignKey: string; label: string }[]
  bulkActions: { key: string; label: string }[]
  abilities: ResourceAbilities
}

export type RelationSummary = { id: number; title: string }

export type Money = { amount: string; currency: string }

/**
 * A serialized record: its declared fields at the top level, one
 * `{ id, title }` per declared relation (`companyId` → `company`), custom
 * fields under `custom`.
 */
export type ResourceRecord = {
  id: number
  title: string
  version: number
  deletedAt: string | null
  custom: { [key: string]: JsonValue }
  [key: string]: JsonValue
}

export type RecordPage = { data: ResourceRecord[]; meta: PageMeta }

export type Density = 'compact' | 'normal' | 'comfortable'

/** One filter condition per operator: `{ gte: '2026-01-01' }`, `{ in: 'a,b' }` */
export type FilterCondition = { [operator: string]: string }

/** The filter as the query string parser delivers it (nested for `custom.*`) */
export type RawFilter = { [key: string]: JsonValue }

export type ListQueryProp = {
  filter: RawFilter
  sort: string
  q: string
  columns: string[] | null
  density: string
  view: number | null
  trash: boolean
}

/** A filter as saved views keep it (one level deeper for `custom`) */
export type SavedFilter = {
  [key: string]: string | { [key: string]: string | { [key: string]: string } }
}

export type ViewState = {
  filter?: SavedFilter
  sort?: string
  q?: string
  columns?: string[]
  perPage?: number
  density?: Density
}

export type SavedViewItem = {
  id: number
  name: string
  shared: boolean
  mine: boolean
  state: ViewState
}

export type ViewsProp = { views: SavedViewItem[]; defaultId: number | null }

export type LogValue = string | number | boolean | null

export type TimelineEntry = {
  /** an audit entry, or (for resources with a timeline) a linked activity, task or stage move */
  kind: 'audit' | 'activity' | 'task' | 'stage'
  id: number
  action: string
  at: string
  actor: string | null
  changes: {
    field: string
    before: LogValue | LogValue[]
    after: LogValue | LogValue[]
    /** relation fields only: the records before and after, by title */
    beforeRelation?: RelationSummary | null
    afterRelation?: RelationSummary | null
  }[]
  activity?: {
    subject: string | null
    body: string | null
    callDirection: string | null
    callDuration: number | null
    callOutcome: string | null
  }
  task?: { title: string; status: string; dueAt: string | null; assignee: string | null }
  stage?: { from: string | null; to: string | null; hours: number | null }
}

export type Timeline = { data: TimelineEntry[]; meta: PageMeta }

export type RelatedTab = {
  key: string
  label: string
  foreignKey: string
  resource: ResourceMeta
  records: RecordPage
}

export type LookupOption = { id: number; title: string }
