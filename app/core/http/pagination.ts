import { numberSchema } from '#core/validation/rules'

export const DEFAULT_PER_PAGE = 25
export const MAX_PER_PAGE = 100

/**
 * `?page=&perPage=` as every list takes them: perPage 25 by default, 100 at
 * most.
 */
export const paginationSchema = {
  page: numberSchema().withoutDecimals().range([1, 1_000_000_000]).optional(),
  perPage: numberSchema().withoutDecimals().range([1, MAX_PER_PAGE]).optional(),
}

export function pageOf(query: { page?: number; perPage?: number }) {
  return { page: query.page ?? 1, perPage: query.perPage ?? DEFAULT_PER_PAGE }
}

export type PageMeta = { total: number; perPage: number; currentPage: number; lastPage: number }

/**
 * A paginator's `meta` as every list sends it (the outbox, the team, …).
 */
export function pageMeta(page: PageMeta): PageMeta {
  return {
    total: page.total,
    perPage: page.perPage,
    currentPage: page.currentPage,
    lastPage: page.lastPage,
  }
}
