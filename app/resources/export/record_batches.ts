import db from '@adonisjs/lucid/services/db'
import { embeddedDatabase } from '#config/database'
import type { LucidRow } from '@adonisjs/lucid/types/model'
import type { ResourceContext, Query } from '#resources/engine/resource_context'

export const EXPORT_BATCH_SIZE = 1000

/**
 * The rows of a filtered query, a batch at a time, through a server-side
 * cursor: the view's sort holds whatever it is, and memory never holds more
 * than one batch, however many rows the view has. The cursor lives in its
 * own read-only transaction, rolled back (which closes it) when the reader
 * stops, finished or not.
 */
export async function* recordBatches(
  context: ResourceContext,
  query: Query,
  batchSize = EXPORT_BATCH_SIZE
): AsyncGenerator<LucidRow[]> {
  if (embeddedDatabase) {
    yield* pagedBatches(query, batchSize)
    return
  }
  const { sql, bindings } = query.toSQL()
  const trx = await db.connection(context.resource.model.connection).transaction()
  try {
    await trx.rawQuery(`DECLARE export_rows NO SCROLL CURSOR FOR ${sql}`, bindings as any[])
    while (true) {
      const result = await trx.rawQuery(`FETCH FORWARD ${Number(batchSize)} FROM export_rows`)
      const rows: Record<string, unknown>[] = result.rows
      if (rows.length === 0) return
      yield context.resource.model.$createMultipleFromAdapterResult(rows)
      if (rows.length < batchSize) return
    }
  } finally {
    await trx.rollback()
  }
}

/**
 * The embedded development database serves one transaction at a time: an
 * open cursor would block the queries the export makes beside it (relation
 * titles), so there the view is read a page at a time instead.
 */
async function* pagedBatches(query: Query, batchSize: number): AsyncGenerator<LucidRow[]> {
  for (let offset = 0; ; offset += batchSize) {
    const rows = await query.clone().limit(batchSize).offset(offset)
    if (rows.length > 0) yield rows
    if (rows.length < batchSize) return
  }
}
