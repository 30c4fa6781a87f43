import { ImportSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { column } from '@adonisjs/lucid/orm'
import app from '@adonisjs/core/services/app'
import { withOrganizationScope } from '#core/tenancy/with_organization_scope'

export const IMPORT_MODES = ['skip', 'update', 'create'] as const
export type ImportMode = (typeof IMPORT_MODES)[number]

/**
 * uploaded → validated (dry run) → running → completed | failed; a
 * completed import can be undone.
 */
export type ImportStatus = 'uploaded' | 'validated' | 'running' | 'completed' | 'failed' | 'undone'

export type ImportRowError = {
  row: number
  field: string | null
  message: string
  /** a skipped duplicate, not an error */
  kind?: 'duplicate'
}
export type ImportMapping = Record<string, string | null>

/**
 * One file imported into a resource: its column mapping, duplicate
 * handling, progress, counts and the first row errors.
 */
export default class Import extends compose(ImportSchema, withOrganizationScope) {
  declare status: ImportStatus
  declare mode: ImportMode

  @column({ prepare: (value: ImportMapping) => JSON.stringify(value) })
  declare mapping: ImportMapping

  /** a JSON array: serialized by hand, or `pg` would send a PostgreSQL array */
  @column({ prepare: (value: ImportRowError[]) => JSON.stringify(value) })
  declare errors: ImportRowError[]

  /** the uploaded file on the local disk (`filePath` is relative to the app root) */
  get absolutePath() {
    return app.makePath(this.filePath)
  }
}
