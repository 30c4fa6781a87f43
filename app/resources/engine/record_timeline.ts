import AuditLog from '#core/audit/models/audit_log'
import User from '#identity/models/user'
import type { ResourceContext } from '#resources/engine/resource_context'

type LogValue = string | number | boolean | null

/**
 * A record's history from the audit log, newest first, paged: who did what
 * and which fields changed (labelled in the reader's language).
 */
export async function recordTimeline(context: ResourceContext, id: number, page = 1) {
  const entries = await AuditLog.query()
    .where('entity_type', context.resource.name)
    .where('entity_id', String(id))
    .orderBy('id', 'desc')
    .paginate(page, 20)
  const actorIds = [
    ...new Set(
      entries
        .all()
        .map((entry) => entry.actorId)
        .filter((v) => v !== null)
    ),
  ]
  const actors = actorIds.length
    ? await User.query()
        .select('id', 'name')
        .whereIn('id', actorIds as number[])
    : []
  const names = new Map(actors.map((actor) => [actor.id, actor.name]))

  return {
    data: entries.all().map((entry) => {
      const changes = entry.changes as {
        before?: Record<string, unknown>
        after?: Record<string, unknown>
      } | null
      const keys = Object.keys(changes?.after ?? changes?.before ?? {})
      return {
        id: entry.id,
        action: entry.action.split('.').at(-1)!,
        at: entry.createdAt.toUTC().toISO()!,
        actor: entry.actorId ? (names.get(entry.actorId) ?? null) : null,
        changes:
          entry.action.endsWith('.updated') && changes
            ? keys.map((key) => ({
                field: key,
                before: (changes.before?.[key] ?? null) as LogValue | LogValue[],
                after: (changes.after?.[key] ?? null) as LogValue | LogValue[],
              }))
            : [],
      }
    }),
    meta: {
      total: entries.total,
      perPage: entries.perPage,
      currentPage: entries.currentPage,
      lastPage: entries.lastPage,
    },
  }
}
