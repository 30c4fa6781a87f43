import { ExportSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { column } from '@adonisjs/lucid/orm'
import { withOrganizationScope } from '#core/tenancy/with_organization_scope'
import type { ExportFormat } from '#resources/export/sheet_writers'
import type { ExportOptions } from '#resources/export/export_records'

/** queued → running → completed | failed */
export type ExportStatus = 'queued' | 'running' | 'completed' | 'failed'

/**
 * What the export was asked for: the list's query string as it came
 * (filter, q, sort…) and the export's own options.
 */
export type ExportParams = { qs: Record<string, unknown>; options: ExportOptions }

/**
 * A view of a resource exported in the background for one user: the file
 * is written to the drive and only that user may download it.
 */
export default class Export extends compose(ExportSchema, withOrganizationScope) {
  declare status: ExportStatus
  declare format: ExportFormat

  @column({ prepare: (value: ExportParams) => JSON.stringify(value) })
  declare params: ExportParams
}
