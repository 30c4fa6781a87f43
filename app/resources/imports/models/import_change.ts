import { ImportChangeSchema } from '#database/schema'
import { column } from '@adonisjs/lucid/orm'

/**
 * What undoing an import needs for one record: `before` is null for a
 * record the import created, or the columns it overwrote on one it updated.
 */
export default class ImportChange extends ImportChangeSchema {
  @column({ prepare: (value: Record<string, unknown> | null) => value && JSON.stringify(value) })
  declare before: Record<string, unknown> | null
}
