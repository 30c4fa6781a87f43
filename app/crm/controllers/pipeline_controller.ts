import type { HttpContext } from '@adonisjs/core/http'
import ResourcePolicy from '#resources/policies/resource_policy'
import { resourceContextOf } from '#resources/engine/resource_binding'
import { ResourceContext } from '#resources/engine/resource_context'
import { setEtag } from '#resources/engine/resource_binding'
import { convertLead } from '#crm/actions/convert_lead'
import { moveDeal } from '#crm/actions/move_deal'
import { dealBoard } from '#crm/queries/deal_board'
import { convertLeadValidator, moveDealValidator } from '#crm/validators/pipeline_validator'
import { RESOURCES } from '#resources/registry'

/**
 * The pipeline's domain actions for the API: converting a lead, moving a
 * deal on the board, and the board itself.
 */
export default class PipelineController {
  async convert(ctx: HttpContext) {
    const policy = ctx.bouncer.with(ResourcePolicy)
    await policy.authorize('perform', ctx.resource, 'convert')
    const input = await ctx.request.validateUsing(convertLeadValidator)
    const context = await resourceContextOf(ctx)
    const result = await convertLead(context, ctx.params.id, input)
    const deals = await ResourceContext.for(RESOURCES.deals, ctx.auth.user!, ctx.i18n)
    const contacts = await ResourceContext.for(RESOURCES.contacts, ctx.auth.user!, ctx.i18n)
    return {
      data: {
        lead: await context.serializeOne(result.lead),
        contact: await contacts.serializeOne(result.contact),
        deal: await deals.serializeOne(result.deal),
      },
    }
  }

  async move(ctx: HttpContext) {
    await ctx.bouncer.with(ResourcePolicy).authorize('perform', ctx.resource, 'move')
    const move = await ctx.request.validateUsing(moveDealValidator)
    const context = await resourceContextOf(ctx)
    const deal = await moveDeal(context, ctx.params.id, move)
    setEtag(ctx, deal.version)
    return { data: await context.serializeOne(deal) }
  }

  async board(ctx: HttpContext) {
    await ctx.bouncer.with(ResourcePolicy).authorize('viewAny', ctx.resource)
    const context = await resourceContextOf(ctx)
    return { data: await dealBoard(context, ctx.request.qs()) }
  }
}
