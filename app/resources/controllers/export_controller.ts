import type { HttpContext } from '@adonisjs/core/http'
import ResourcePolicy from '#resources/policies/resource_policy'
import { resourceContextOf } from '#resources/engine/resource_binding'
import {
  exportParams,
  exportRecords,
  exportRecordsValidator,
} from '#resources/export/export_records'

/**
 * Downloads the current view of a resource as CSV or XLSX, for the API
 * (`GET /api/v1/<resource>/export`) and the admin panel
 * (`GET /<resource>/export`), with the list's query string.
 */
export default class ExportController {
  async handle(ctx: HttpContext) {
    const policy = ctx.bouncer.with(ResourcePolicy)
    await policy.authorize('export', ctx.resource)
    const qs = ctx.request.qs()
    const options = await ctx.request.validateUsing(exportRecordsValidator, {
      data: exportParams(qs),
    })
    if (options.trash) await policy.authorize('restore', ctx.resource)
    const context = await resourceContextOf(ctx)
    const file = exportRecords(context, qs, options)
    ctx.response.header('Content-Type', file.contentType)
    ctx.response.header('Content-Disposition', `attachment; filename="${file.filename}"`)
    ctx.response.header('Cache-Control', 'no-store')
    ctx.response.stream(file.stream)
  }
}
