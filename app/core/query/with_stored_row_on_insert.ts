import type { BaseModel } from '@adonisjs/lucid/orm'
import type { NormalizeConstructor } from '@adonisjs/core/types/helpers'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type { InsertQueryBuilderContract } from '@adonisjs/lucid/types/querybuilder'

/**
 * A model whose insert returns the row as stored (`RETURNING *`: column
 * defaults, generated columns) instead of its id alone, so a new record is
 * complete without reading it back.
 */
export function withStoredRowOnInsert<Model extends NormalizeConstructor<typeof BaseModel>>(
  superclass: Model
) {
  class StoredRowOnInsert extends superclass {
    // typed as loosely as the overloads it replaces allow
    $getQueryFor(action: any, client: QueryClientContract): any {
      const query = super.$getQueryFor(action, client)
      if (action === 'insert') (query as InsertQueryBuilderContract).returning('*')
      return query
    }
  }
  return StoredRowOnInsert
}
