import type {
  Density,
  FilterCondition,
  JsonValue,
  ListQueryProp,
  RawFilter,
  ResourceMeta,
  ViewState,
} from '~/types/resources'

/**
 * The list's filter, one entry per field key (`custom.budget` flattened),
 * each a set of `operator → value` (a bare value is `eq`).
 */
export type FilterState = Record<string, FilterCondition>

export type ListState = {
  filter: FilterState
  sort: string
  q: string
  columns: string[] | null
  density: Density
  page: number
  perPage: number
  view: number | null
  trash: boolean
}

export const DEFAULT_PER_PAGE = 25
export const DENSITIES: Density[] = ['compact', 'normal', 'comfortable']

function text(value: JsonValue): string {
  if (Array.isArray(value)) return value.map(text).join(',')
  if (value === null) return ''
  return typeof value === 'object' ? '' : String(value)
}

function isCondition(value: JsonValue): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function conditionOf(value: JsonValue): FilterCondition {
  if (!isCondition(value)) return { eq: text(value) }
  return Object.fromEntries(Object.entries(value).map(([operator, raw]) => [operator, text(raw)]))
}

/**
 * The filter as the query string parser hands it over (`custom.budget`
 * nested under `custom`, comma lists as arrays), keyed by field.
 */
export function normalizeFilter(raw: RawFilter | undefined | null): FilterState {
  const state: FilterState = {}
  for (const [name, value] of Object.entries(raw ?? {})) {
    if (name === 'custom' && isCondition(value)) {
      for (const [key, nested] of Object.entries(value))
        state[`custom.${key}`] = conditionOf(nested)
    } else {
      state[name] = conditionOf(value)
    }
  }
  return state
}

/**
 * Drops empty conditions and fields left without any.
 */
export function compactFilter(filter: FilterState): FilterState {
  const compact: FilterState = {}
  for (const [key, condition] of Object.entries(filter)) {
    const kept = Object.entries(condition).filter(([, value]) => value !== '')
    if (kept.length) compact[key] = Object.fromEntries(kept)
  }
  return compact
}

/**
 * The filter as query parameters: `filter[source]=referral`,
 * `filter[createdAt][gte]=…`.
 */
export function filterParams(filter: FilterState) {
  const params: Record<string, string | FilterCondition> = {}
  for (const [key, condition] of Object.entries(compactFilter(filter))) {
    const operators = Object.keys(condition)
    params[key] = operators.length === 1 && operators[0] === 'eq' ? condition.eq : condition
  }
  return params
}

/**
 * The columns a list shows unless told otherwise: the title, then the
 * fields marked `list`.
 */
export function defaultColumns(resource: ResourceMeta) {
  const listed = resource.fields.filter((field) => field.list && field.key !== resource.titleField)
  return [resource.titleField, ...listed.map((field) => field.key)]
}

export function isDensity(value: unknown): value is Density {
  return DENSITIES.includes(value as Density)
}

export function stateFromProps(
  query: ListQueryProp,
  meta: { currentPage: number; perPage: number }
): ListState {
  return {
    filter: normalizeFilter(query.filter),
    sort: query.sort,
    q: query.q,
    columns: query.columns,
    density: isDensity(query.density) ? query.density : 'normal',
    page: meta.currentPage,
    perPage: meta.perPage,
    view: query.view,
    trash: query.trash,
  }
}

/**
 * The list's query string. `sort` is always there: a list URL without any
 * list parameter opens the user's default view instead.
 */
export function listQs(state: ListState) {
  const qs: Record<string, string | number | Record<string, string | FilterCondition>> = {
    sort: state.sort,
  }
  const filter = filterParams(state.filter)
  if (Object.keys(filter).length) qs.filter = filter
  if (state.q.trim()) qs.q = state.q.trim()
  if (state.columns?.length) qs.columns = state.columns.join(',')
  if (state.density !== 'normal') qs.density = state.density
  if (state.page > 1) qs.page = state.page
  if (state.perPage !== DEFAULT_PER_PAGE) qs.perPage = state.perPage
  if (state.view !== null) qs.view = state.view
  if (state.trash) qs.trash = 'true'
  return qs
}

/**
 * What a saved view keeps: filters, sort, search, columns, page size and
 * density.
 */
export function viewState(state: ListState): ViewState {
  const view: ViewState = { sort: state.sort, perPage: state.perPage, density: state.density }
  const filter = filterParams(state.filter)
  if (Object.keys(filter).length) view.filter = filter
  if (state.q.trim()) view.q = state.q.trim()
  if (state.columns?.length) view.columns = state.columns
  return view
}

/**
 * The list state a saved view opens with.
 */
export function stateOfView(id: number, view: ViewState, resource: ResourceMeta): ListState {
  return {
    filter: normalizeFilter(view.filter),
    sort: view.sort ?? resource.defaultSort,
    q: view.q ?? '',
    columns: view.columns?.length ? view.columns : null,
    density: isDensity(view.density) ? view.density : 'normal',
    page: 1,
    perPage: view.perPage ?? DEFAULT_PER_PAGE,
    view: id,
    trash: false,
  }
}

const EXPORTED_PARAMS = /^(filter\[|sort$|q$|columns$)/

/**
 * The export link of the current list: its filters, sort, search and
 * columns, read from the page's URL.
 */
export function exportHref(resource: ResourceMeta, format: 'csv' | 'xlsx', pageUrl: string) {
  const current = new URL(pageUrl, 'http://list.invalid').searchParams
  const params = new URLSearchParams({ format })
  for (const [key, value] of current) {
    if (EXPORTED_PARAMS.test(key)) params.append(key, value)
  }
  return `/${resource.name}/export?${params.toString().replaceAll('%5B', '[').replaceAll('%5D', ']')}`
}
