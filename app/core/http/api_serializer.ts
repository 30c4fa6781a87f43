import { BaseSerializer } from '@adonisjs/core/transformers'
import type { PaginatorContract } from '@adonisjs/core/types/transformers'

type PaginationMeta = { total: number; perPage: number; currentPage: number; lastPage: number }

/**
 * Turns transformer output into the API contract's envelopes:
 * `{ data }` for a record, `{ data, meta }` for a page.
 */
class ApiSerializer extends BaseSerializer<{ Wrap: 'data'; PaginationMetaData: PaginationMeta }> {
  wrap = 'data' as const

  definePaginationMetaData(metaData: unknown): PaginationMeta {
    const meta = metaData as Record<string, unknown>
    return {
      total: Number(meta.total),
      perPage: Number(meta.perPage),
      currentPage: Number(meta.currentPage),
      lastPage: Number(meta.lastPage),
    }
  }
}

export const apiSerializer = new ApiSerializer()

/**
 * A page of records as the contract has it: `{ data, meta }`.
 */
export async function serializePage<Page extends PaginatorContract<any, any, any>>(page: Page) {
  const { data, metadata } = await apiSerializer.serialize(page)
  return { data, meta: metadata }
}
