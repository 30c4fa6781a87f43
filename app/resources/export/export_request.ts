import type { HttpContext } from '@adonisjs/core/http'
import ResourcePolicy from '#resources/policies/resource_policy'
import { resourceContextOf } from '#resources/engine/resource_binding'
import { exportParams, exportRecordsValidator } from '#resources/export/export_records'

/**
 * What an export request asks for (the list's query string and the
 * export's options), once the user may export this resource (and its
 * trash, when asked): the same for a streamed and a background export.
 */
export async function exportRequestOf(ctx: HttpContext) {
  const policy = ctx.bouncer.with(ResourcePolicy)
  await policy.authorize('export', ctx.resource)
  const qs = ctx.request.qs()
  const options = await ctx.request.validateUsing(exportRecordsValidator, {
    data: exportParams(qs),
  })
  if (options.trash) await policy.authorize('restore', ctx.resource)
  return { qs, options, context: await resourceContextOf(ctx) }
}
