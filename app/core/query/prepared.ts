import type { RawQueryBuilderContract } from '@adonisjs/lucid/types/querybuilder'
import { preparedStatements } from '#config/database'

/**
 * Runs a hot query of fixed text as a named prepared statement: planned
 * once per connection instead of on every call, for queries whose plan
 * costs more than their run. Unless `DB_PREPARED_STATEMENTS=false`, and
 * never on the embedded PGlite (config/database.ts).
 */
export function prepared<Query extends RawQueryBuilderContract>(query: Query, name: string) {
  if (preparedStatements) query.knexQuery.options({ name })
  return query
}
