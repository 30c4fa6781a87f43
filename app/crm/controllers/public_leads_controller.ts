import type { HttpContext } from '@adonisjs/core/http'
import limiter from '@adonisjs/limiter/services/main'
import { errors as limiterErrors } from '@adonisjs/limiter'
import { errors as vineErrors } from '@vinejs/vine'
import env from '#start/env'
import Organization from '#identity/models/organization'
import { publicLeadValidator } from '#crm/validators/public_lead_validator'
import { capturePublicLead } from '#crm/actions/capture_public_lead'

const captureLimit = () => limiter.use({ requests: 5, duration: '1 min', blockDuration: '10 mins' })

/**
 * The public lead form of an organization: a JSON endpoint for websites
 * (from the organization's allowed origins) and an embeddable HTML form.
 * Answers never depend on what the organization already has; a filled
 * honeypot gets the same answer and creates nothing.
 */
export default class PublicLeadsController {
  async store(ctx: HttpContext) {
    const { request, response, params, i18n } = ctx
    const organization = await Organization.findByOrFail('slug', params.slug)
    const origin = request.header('origin')
    if (origin && !this.allowsOrigin(organization, origin)) {
      return response.forbidden({
        errors: [{ message: i18n.t('errors.E_ORIGIN_NOT_ALLOWED'), code: 'E_ORIGIN_NOT_ALLOWED' }],
      })
    }
    if (origin) response.header('Access-Control-Allow-Origin', origin).header('Vary', 'Origin')
    await this.capture(ctx, organization)
    return response.accepted({ data: { received: true } })
  }

  async form(ctx: HttpContext) {
    const organization = await Organization.findByOrFail('slug', ctx.params.slug)
    return this.renderForm(ctx, organization, { sent: false })
  }

  /**
   * The HTML form's own submission: the page again, with the errors or the
   * thanks (no session, no script: it lives in other sites' iframes).
   */
  async submit(ctx: HttpContext) {
    const organization = await Organization.findByOrFail('slug', ctx.params.slug)
    try {
      await this.capture(ctx, organization)
      return this.renderForm(ctx, organization, { sent: true })
    } catch (error) {
      if (error instanceof vineErrors.E_VALIDATION_ERROR) {
        const errors = Object.fromEntries(
          (error.messages as { field: string; message: string }[]).map((m) => [m.field, m.message])
        )
        ctx.response.status(422)
        return this.renderForm(ctx, organization, { sent: false, errors })
      }
      if (error instanceof limiterErrors.E_TOO_MANY_REQUESTS) {
        ctx.response.status(429)
        const tooMany = ctx.i18n.t('errors.E_TOO_MANY_REQUESTS')
        return this.renderForm(ctx, organization, { sent: false, errors: { form: tooMany } })
      }
      throw error
    }
  }

  protected async capture(ctx: HttpContext, organization: Organization) {
    await captureLimit().consume(`public-lead:${ctx.request.ip()}`)
    const input = await ctx.request.validateUsing(publicLeadValidator)
    if (!input.website) await capturePublicLead(organization, input)
  }

  protected renderForm(
    { response, view, request, i18n }: HttpContext,
    organization: Organization,
    state: { sent: boolean; errors?: Record<string, string> }
  ) {
    const ancestors = ["'self'", ...organization.allowedOrigins].join(' ')
    response.header(
      'Content-Security-Policy',
      `default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors ${ancestors}`
    )
    return view.render('public/lead_form', {
      organization: { name: organization.name, slug: organization.slug },
      locale: i18n.locale,
      dir: i18n.locale === 'ar' ? 'rtl' : 'ltr',
      old: state.sent ? {} : request.only(['name', 'email', 'phone', 'companyName', 'message']),
      errors: state.errors ?? {},
      sent: state.sent,
      labels: Object.fromEntries(
        [
          'title',
          'name',
          'email',
          'phone',
          'companyName',
          'message',
          'submit',
          'thanksTitle',
          'thanksBody',
        ].map((key) => [key, i18n.t(`crm.publicForm.${key}`, { organization: organization.name })])
      ),
    })
  }

  /**
   * The app's own pages and the origins the organization listed.
   */
  protected allowsOrigin(organization: Organization, origin: string) {
    const own = new URL(env.get('APP_URL')).origin
    return origin === own || organization.allowedOrigins.includes(origin)
  }
}
