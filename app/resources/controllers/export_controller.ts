import type { HttpContext } from '@adonisjs/core/http'
import { exportRecords } from '#resources/export/export_records'
import { exportRequestOf } from '#resources/export/export_request'

/**
 * Downloads the current view of a resource as CSV or XLSX, for the API
 * (`GET /api/v1/<resource>/export`) and the admin panel
 * (`GET /<resource>/export`), with the list's query string.
 */
export default class ExportController {
  async handle(ctx: HttpContext) {
    const { context, qs, options } = await exportRequestOf(ctx)
    const file = exportRecords(context, qs, options)
    ctx.response.header('Content-Type', file.contentType)
    ctx.response.header('Content-Disposition', `attachment; filename="${file.filename}"`)
    ctx.response.header('Cache-Control', 'no-store')
    ctx.response.stream(file.stream)
  }
}
