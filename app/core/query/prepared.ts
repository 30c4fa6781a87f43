import type { RawQueryBuilderContract } from '@adonisjs/lucid/types/querybuilder'
import { embeddedDatabase } from '#config/database'

/**
 * Runs a hot query of fixed text as a named prepared statement: planned
 * once per connection instead of on every call, for queries whose plan
 * costs more than their run. Not on the embedded PGlite, whose one backend
 * all connections share (a name prepared by one would clash in another).
 */
export function prepared<Query extends RawQueryBuilderContract>(query: Query, name: string) {
  if (!embeddedDatabase) query.knexQuery.options({ name })
  return query
}
