import type { HttpContext } from '@adonisjs/core/http'
import { routeKeyOf } from '#resources/define_resource'
import ResourcePolicy from '#resources/policies/resource_policy'
import { resourceContextOf } from '#resources/engine/resource_binding'
import { importTargets, importsUrl } from '#resources/imports/import_serializer'
import { importSettings } from '#resources/imports/import_settings'

/**
 * The import wizard of a resource: upload, mapping, dry run, commit.
 */
export default class ImportPageController {
  async show(ctx: HttpContext) {
    await ctx.bouncer.with(ResourcePolicy).authorize('import', ctx.resource)
    const context = await resourceContextOf(ctx)
    const settings = importSettings()
    const resource = ctx.resource.name
    const routeKey = routeKeyOf(ctx.resource)
    return ctx.inertia.render('resources/import', {
      resource: {
        name: resource,
        label: ctx.i18n.t(`resources.${resource}.plural`),
        routeKey,
      },
      ...importTargets(context),
      limits: { maxBytes: settings.maxBytes, maxRows: settings.maxRows },
      uploadUrl: importsUrl(`admin.${routeKey}`),
    })
  }
}
