import { DateTime } from 'luxon'
import type { HttpContext } from '@adonisjs/core/http'
import type { ModelQueryBuilderContract, LucidModel } from '@adonisjs/lucid/types/model'
import AuditLog from '#core/audit/models/audit_log'
import SecurityLog from '#core/audit/models/security_log'
import User from '#identity/models/user'
import { pageOf, pageMeta } from '#core/http/pagination'
import {
  auditFiltersValidator,
  securityFiltersValidator,
} from '#core/audit/validators/log_filters_validator'

type Period = { from?: Date; to?: Date }
type LogValues = Record<string, string | number | boolean | null>
type LogChanges = { before?: LogValues; after?: LogValues }

/**
 * Read-only screens over the audit trail and the security log (no route
 * edits or deletes an entry; the database refuses it anyway).
 */
export default class LogsController {
  async audit({ inertia, request, bouncer }: HttpContext) {
    await bouncer.authorize('viewAudit')
    const filters = await request.validateUsing(auditFiltersValidator, { data: request.qs() })
    const { page, perPage } = pageOf(filters)
    const query = AuditLog.query().orderBy('created_at', 'desc').orderBy('id', 'desc')
    if (filters.actorId) query.where('actor_id', filters.actorId)
    if (filters.action) query.where('action', 'like', `${filters.action}%`)
    if (filters.entityType) query.where('entity_type', filters.entityType)
    if (filters.entityId) query.where('entity_id', filters.entityId)
    this.within(query, filters)
    const entries = await query.paginate(page, perPage)

    return inertia.render('audit/index', {
      entries: entries.all().map((entry) => ({
        id: entry.id,
        createdAt: entry.createdAt.toUTC().toISO()!,
        actorId: entry.actorId,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        changes: entry.changes as LogChanges | null,
        ip: entry.ip,
        requestId: entry.requestId,
      })),
      meta: pageMeta(entries),
      filters: { ...filters, from: this.day(filters.from), to: this.day(filters.to) },
      people: await this.people(),
    })
  }

  async security({ inertia, request, bouncer }: HttpContext) {
    await bouncer.authorize('viewSecurityLog')
    const filters = await request.validateUsing(securityFiltersValidator, { data: request.qs() })
    const { page, perPage } = pageOf(filters)
    const query = SecurityLog.query().orderBy('created_at', 'desc').orderBy('id', 'desc')
    if (filters.userId) query.where('user_id', filters.userId)
    if (filters.event) query.where('event', filters.event)
    this.within(query, filters)
    const entries = await query.paginate(page, perPage)

    return inertia.render('audit/security', {
      entries: entries.all().map((entry) => ({
        id: entry.id,
        createdAt: entry.createdAt.toUTC().toISO()!,
        userId: entry.userId,
        event: entry.event,
        details: entry.details as LogValues | null,
        ip: entry.ip,
        userAgent: entry.userAgent,
      })),
      meta: pageMeta(entries),
      filters: { ...filters, from: this.day(filters.from), to: this.day(filters.to) },
      people: await this.people(),
    })
  }

  protected within<Model extends LucidModel>(
    query: ModelQueryBuilderContract<Model>,
    { from, to }: Period
  ) {
    if (from) query.where('created_at', '>=', DateTime.fromJSDate(from).startOf('day').toJSDate())
    if (to)
      query.where(
        'created_at',
        '<',
        DateTime.fromJSDate(to).plus({ days: 1 }).startOf('day').toJSDate()
      )
  }

  protected day(date?: Date) {
    return date ? DateTime.fromJSDate(date).toISODate() : null
  }

  /**
   * Names for the ids in the entries (deleted users simply have none).
   */
  protected async people() {
    const users = await User.query().select('id', 'name').orderBy('name')
    return users.map((user) => ({ id: user.id, name: user.name }))
  }
}
