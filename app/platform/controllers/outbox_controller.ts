import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
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
 * Settings → Outbox: the mails the outbox transport kept for the
 * organization (no SMTP server configured), newest first; one opens beside
 * the list, its HTML inside a sandboxed frame.
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
      html: mail.html,
      text: mail.text,
      createdAt: mail.created_at.toISOString(),
    })
  }

  protected async render(
    { inertia, request, auth }: HttpContext,
    mail: {
      id: number
      to: string
      subject: string
      html: string | null
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
