import type { HttpContext } from '@adonisjs/core/http'
import env from '#start/env'
import User from '#identity/models/user'
import { leadSourcesOf } from '#crm/lead_sources'
import { leadCaptureValidator } from '#crm/validators/lead_capture_validator'
import { updateLeadCapture } from '#crm/actions/update_lead_capture'

async function settingsOf(ctx: HttpContext) {
  const organization = await ctx.auth.user!.loadOrganization()
  const formUrl = new URL(
    `/public/organizations/${organization.slug}/lead-form`,
    env.get('APP_URL')
  )
  return {
    leadAssignment: organization.leadAssignment,
    leadAssigneeId: organization.leadAssigneeId,
    allowedOrigins: organization.allowedOrigins,
    leadSources: await leadSourcesOf(organization.id),
    formUrl: formUrl.href,
    endpoint: new URL(`/public/organizations/${organization.slug}/leads`, env.get('APP_URL')).href,
  }
}

/**
 * The agency's lead capture settings, on a settings screen and in the API.
 */
export default class LeadCaptureController {
  async show(ctx: HttpContext) {
    await ctx.bouncer.authorize('manageOrganization')
    const users = await User.query().where('status', 'active').orderBy('name').select('id', 'name')
    return ctx.inertia.render('settings/lead_capture' as any, {
      settings: await settingsOf(ctx),
      users: users.map((user) => ({ id: user.id, name: user.name })),
    })
  }

  async update(ctx: HttpContext) {
    await ctx.bouncer.authorize('manageOrganization')
    const input = await ctx.request.validateUsing(leadCaptureValidator)
    await updateLeadCapture(await ctx.auth.user!.loadOrganization(), input, ctx.i18n)
    ctx.session.flash('success', ctx.i18n.t('messages.settings.saved'))
    return ctx.response.redirect().back()
  }

  async showApi(ctx: HttpContext) {
    await ctx.bouncer.authorize('manageOrganization')
    return { data: await settingsOf(ctx) }
  }

  async updateApi(ctx: HttpContext) {
    await ctx.bouncer.authorize('manageOrganization')
    const input = await ctx.request.validateUsing(leadCaptureValidator)
    await updateLeadCapture(await ctx.auth.user!.loadOrganization(), input, ctx.i18n)
    return { data: await settingsOf(ctx) }
  }
}
