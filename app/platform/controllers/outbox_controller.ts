import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import { urlFor } from '@adonisjs/core/services/url_builder'
import env from '#start/env'
import { pageOf, pageMeta } from '#core/http/pagination'
import { settingsListValidator } from '#platform/validators/settings_list_validator'

type OutboxRow = {
  id: number | string
  to: string
  subject: string
  html: string | null
  text: string | null
  created_at: Date
}

function outboxOf(organizationId: number) {
  return db.from('mail_outbox').where('organization_id', organizationId)
}

/**
 * The preview's own policy: a sandboxed document (no scripts, no forms, an
 * origin of its own, even when opened outside the frame) that may show
 * https images such as the agency's logo, framed only by the app.
 */
const PREVIEW_POLICY = [
  `default-src 'none'`,
  `img-src https: data:`,
  `style-src 'unsafe-inline'`,
  `frame-ancestors 'self'`,
  `sandbox`,
].join('; ')

/**
 * Settings → Outbox: the mails the outbox transport kept for the
 * organization (no SMTP server configured), newest first; one opens beside
 * the list, its HTML inside a sandboxed frame that loads it from `html`.
 */
export default class OutboxController {
  async index(ctx: HttpContext) {
    await ctx.bouncer.authorize('manageOrganization')
    return this.render(ctx, null)
  }

  async show(ctx: HttpContext) {
    await ctx.bouncer.authorize('manageOrganization')
    const mail: OutboxRow = await outboxOf(ctx.auth.user!.organizationId)
      .where('id', ctx.params.id)
      .firstOrFail()
    return this.render(ctx, {
      id: Number(mail.id),
      to: mail.to,
      subject: mail.subject,
      htmlUrl: mail.html === null ? null : urlFor('admin.outbox.html', { id: mail.id }),
      text: mail.text,
      createdAt: mail.created_at.toISOString(),
    })
  }

  /** A kept mail's HTML, for the preview frame. */
  async html({ auth, bouncer, params, response }: HttpContext) {
    await bouncer.authorize('manageOrganization')
    const mail: Pick<OutboxRow, 'html'> = await outboxOf(auth.user!.organizationId)
      .where('id', params.id)
      .whereNotNull('html')
      .select('html')
      .firstOrFail()
    response.header('Content-Security-Policy', PREVIEW_POLICY)
    response.header('X-Frame-Options', 'SAMEORIGIN')
    response.header('Cache-Control', 'no-store')
    response.header('Content-Type', 'text/html; charset=utf-8')
    return mail.html
  }

  protected async render(
    { inertia, request, auth }: HttpContext,
    mail: {
      id: number
      to: string
      subject: string
      htmlUrl: string | null
      text: string | null
      createdAt: string
    } | null
  ) {
    const { page, perPage } = pageOf(
      await request.validateUsing(settingsListValidator, { data: request.qs() })
    )
    const mails = await outboxOf(auth.user!.organizationId)
      .select('id', 'to', 'subject', 'created_at')
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .paginate(page, perPage)
    return inertia.render('settings/outbox', {
      mails: (mails.all() as Pick<OutboxRow, 'id' | 'to' | 'subject' | 'created_at'>[]).map(
        (row) => ({
          id: Number(row.id),
          to: row.to,
          subject: row.subject,
          createdAt: row.created_at.toISOString(),
        })
      ),
      meta: pageMeta(mails),
      mail,
      smtpConfigured: Boolean(env.get('SMTP_HOST')),
    })
  }
}
