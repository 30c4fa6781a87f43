import type { HttpContext } from '@adonisjs/core/http'
import ResourcePolicy from '#resources/policies/resource_policy'
import { resourceContextOf } from '#resources/engine/resource_binding'
import { resourceMeta } from '#resources/engine/resource_meta'
import { validateRecord } from '#resources/engine/record_validator'
import { createRecord } from '#resources/engine/record_actions'
import { viewsFor } from '#resources/views/saved_views'
import { convertLead } from '#crm/actions/convert_lead'
import { moveDeal } from '#crm/actions/move_deal'
import { dealBoard } from '#crm/queries/deal_board'
import { convertLeadValidator, moveDealValidator } from '#crm/validators/pipeline_validator'

/**
 * The pipeline's screens and their form posts.
 */
export default class CrmPagesController {
  async board(ctx: HttpContext) {
    await ctx.bouncer.with(ResourcePolicy).authorize('viewAny', ctx.resource)
    const context = await resourceContextOf(ctx)
    const qs = ctx.request.qs()
    return ctx.inertia.render('crm/deal_board' as any, {
      resource: await resourceMeta(context),
      columns: await dealBoard(context, qs),
      query: {
        filter: qs.filter ?? {},
        q: String(qs.q ?? ''),
        view: qs.view ? Number(qs.view) : null,
      },
      views: await viewsFor(ctx.auth.user!, 'deals'),
      canMove: await ctx.bouncer.with(ResourcePolicy).allows('perform', ctx.resource, 'move'),
    })
  }

  async move(ctx: HttpContext) {
    await ctx.bouncer.with(ResourcePolicy).authorize('perform', ctx.resource, 'move')
    const move = await ctx.request.validateUsing(moveDealValidator)
    await moveDeal(await resourceContextOf(ctx), ctx.params.id, move)
    return ctx.response.redirect().back()
  }

  async convert(ctx: HttpContext) {
    await ctx.bouncer.with(ResourcePolicy).authorize('perform', ctx.resource, 'convert')
    const input = await ctx.request.validateUsing(convertLeadValidator)
    const { deal } = await convertLead(await resourceContextOf(ctx), ctx.params.id, input)
    ctx.session.flash('success', ctx.i18n.t('crm.leads.converted'))
    return ctx.response.redirect().toPath(`/deals/${deal.id}`)
  }

  /**
   * The quick log of a detail page: one activity, then back to the page.
   */
  async logActivity(ctx: HttpContext) {
    await ctx.bouncer.with(ResourcePolicy).authorize('create', ctx.resource)
    const context = await resourceContextOf(ctx)
    const input = await validateRecord(
      ctx.i18n,
      ctx.resource,
      context.fields,
      'create',
      ctx.request.body()
    )
    await createRecord(context, input)
    ctx.session.flash('success', ctx.i18n.t('crm.activities.logged'))
    return ctx.response.redirect().back()
  }
}
