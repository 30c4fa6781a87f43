import db from '@adonisjs/lucid/services/db'
import type { LucidRow } from '@adonisjs/lucid/types/model'
import AuditLog from '#core/audit/models/audit_log'
import User from '#identity/models/user'
import Activity from '#crm/models/activity'
import Task from '#crm/models/task'
import DealStage from '#crm/models/deal_stage'
import DealStageChange from '#crm/models/deal_stage_change'
import type { ResourceContext } from '#resources/engine/resource_context'
import {
  loadRelationTitles,
  relationSummary,
  type RelationSummary,
} from '#resources/engine/relation_titles'

type LogValue = string | number | boolean | null
type Kind = 'audit' | 'activity' | 'task' | 'stage'
type Row = { kind: Kind; id: number }

const PER_PAGE = 20

/**
 * Changes a reader cares about: fields the detail page shows (not the
 * update time every change makes, nor internal keys such as a deal's
 * position in its column).
 */
function shownChange(context: ResourceContext) {
  const shown = new Set(
    context.fields.filter((field) => field.detail && field.key !== 'updatedAt').map((f) => f.key)
  )
  return (key: string) => shown.has(key)
}

/**
 * One page of a record's story, newest first: its audit entries and, where
 * the resource has a timeline key, the activities and tasks linked to it and
 * (for deals) its stage changes. One query picks the page across all four,
 * then one query per kind loads the entries on it.
 */
export async function recordTimeline(context: ResourceContext, id: number, page = 1) {
  const organizationId = context.user.organizationId
  const parts = [
    {
      sql: `SELECT 'audit' AS kind, id, created_at AS at FROM audit_logs
            WHERE organization_id = ? AND entity_type = ? AND entity_id = ?`,
      bindings: [organizationId, context.resource.name, String(id)],
    },
  ]
  const key = context.resource.timelineKey
  if (key) {
    parts.push(
      {
        sql: `SELECT 'activity', id, occurred_at FROM activities
              WHERE organization_id = ? AND ${key} = ? AND deleted_at IS NULL`,
        bindings: [organizationId, id],
      },
      {
        sql: `SELECT 'task', id, created_at FROM tasks
              WHERE organization_id = ? AND ${key} = ? AND deleted_at IS NULL`,
        bindings: [organizationId, id],
      }
    )
  }
  if (context.resource.name === 'deals') {
    parts.push({
      sql: `SELECT 'stage', id, entered_at FROM deal_stage_changes
            WHERE organization_id = ? AND deal_id = ?`,
      bindings: [organizationId, id],
    })
  }
  const union = parts.map((part) => part.sql).join(' UNION ALL ')
  const bindings = parts.flatMap((part) => part.bindings)
  const [pageRows, counted] = await Promise.all([
    db.rawQuery(
      `SELECT kind, id FROM (${union}) entries ORDER BY at DESC, id DESC LIMIT ? OFFSET ?`,
      [...bindings, PER_PAGE, (page - 1) * PER_PAGE]
    ),
    db.rawQuery(`SELECT count(*)::int AS total FROM (${union}) entries`, bindings),
  ])
  const rows = pageRows.rows as Row[]
  const total = counted.rows[0].total as number
  const entries = await hydrate(context, rows)

  return {
    data: rows.map((row) => entries.get(`${row.kind}:${row.id}`)!).filter(Boolean),
    meta: {
      total,
      perPage: PER_PAGE,
      currentPage: page,
      lastPage: Math.max(1, Math.ceil(total / PER_PAGE)),
    },
  }
}

function idsOf(rows: Row[], kind: Kind) {
  return rows.filter((row) => row.kind === kind).map((row) => row.id)
}

async function hydrate(context: ResourceContext, rows: Row[]) {
  const [audits, activities, tasks, stages] = await Promise.all([
    idsOf(rows, 'audit').length ? AuditLog.query().whereIn('id', idsOf(rows, 'audit')) : [],
    idsOf(rows, 'activity').length ? Activity.query().whereIn('id', idsOf(rows, 'activity')) : [],
    idsOf(rows, 'task').length ? Task.query().whereIn('id', idsOf(rows, 'task')) : [],
    idsOf(rows, 'stage').length ? DealStageChange.query().whereIn('id', idsOf(rows, 'stage')) : [],
  ])
  const userIds = new Set<number>()
  for (const entry of audits) if (entry.actorId) userIds.add(entry.actorId)
  for (const entry of activities) if (entry.authorId) userIds.add(entry.authorId)
  for (const entry of tasks) {
    if (entry.creatorId) userIds.add(entry.creatorId)
    if (entry.assigneeId) userIds.add(entry.assigneeId)
  }
  for (const entry of stages) if (entry.userId) userIds.add(entry.userId)
  const users = userIds.size
    ? await User.query()
        .select('id', 'name')
        .whereIn('id', [...userIds])
    : []
  const names = new Map(users.map((user) => [user.id, user.name]))
  const nameOf = (userId: number | null) => (userId ? (names.get(userId) ?? null) : null)
  const stageIds = stages.flatMap((change) => [change.toStageId, change.fromStageId ?? 0])
  const stageRows = stageIds.length ? await DealStage.query().whereIn('id', stageIds) : []
  const stageName = (stageId: number | null) => {
    const stage = stageRows.find((row) => row.id === stageId)
    if (!stage) return null
    return context.i18n.locale === 'ar' ? stage.nameAr : stage.nameEn
  }

  const relationsOf = await changedRelations(context, audits)

  const entries = new Map<string, TimelineEntry>()
  const isShown = shownChange(context)
  for (const entry of audits) {
    const changes = changesOf(entry)
    const keys = Object.keys(changes?.after ?? changes?.before ?? {}).filter(isShown)
    entries.set(`audit:${entry.id}`, {
      kind: 'audit',
      id: entry.id,
      action: entry.action.split('.').at(-1)!,
      at: entry.createdAt.toUTC().toISO()!,
      actor: nameOf(entry.actorId),
      changes:
        entry.action.endsWith('.updated') && changes
          ? keys.map((field) => ({
              field,
              before: (changes.before?.[field] ?? null) as LogValue | LogValue[],
              after: (changes.after?.[field] ?? null) as LogValue | LogValue[],
              ...relationsOf(field, changes.before?.[field], changes.after?.[field]),
            }))
          : [],
    })
  }
  for (const activity of activities) {
    entries.set(`activity:${activity.id}`, {
      kind: 'activity',
      id: activity.id,
      action: activity.type,
      at: activity.occurredAt.toUTC().toISO()!,
      actor: nameOf(activity.authorId),
      changes: [],
      activity: {
        subject: activity.subject,
        body: activity.body,
        callDirection: activity.callDirection,
        callDuration: activity.callDuration,
        callOutcome: activity.callOutcome,
      },
    })
  }
  for (const task of tasks) {
    entries.set(`task:${task.id}`, {
      kind: 'task',
      id: task.id,
      action: task.status,
      at: task.createdAt.toUTC().toISO()!,
      actor: nameOf(task.creatorId ?? task.assigneeId),
      changes: [],
      task: {
        title: task.title,
        status: task.status,
        dueAt: task.dueAt?.toUTC().toISO() ?? null,
        assignee: nameOf(task.assigneeId),
      },
    })
  }
  for (const change of stages) {
    const left = change.leftAt ?? null
    entries.set(`stage:${change.id}`, {
      kind: 'stage',
      id: change.id,
      action: 'moved',
      at: change.enteredAt.toUTC().toISO()!,
      actor: nameOf(change.userId),
      changes: [],
      stage: {
        from: stageName(change.fromStageId),
        to: stageName(change.toStageId),
        hours: left ? Math.round(left.diff(change.enteredAt, 'hours').hours) : null,
      },
    })
  }
  return entries
}

type AuditChanges = { before?: Record<string, unknown>; after?: Record<string, unknown> } | null

function changesOf(entry: AuditLog) {
  return entry.changes as AuditChanges
}

/**
 * The titles of the records the relation fields of a page of audit entries
 * pointed at before and after each update (an owner, a stage), so the
 * timeline names them instead of showing ids: one query per target.
 */
async function changedRelations(context: ResourceContext, audits: AuditLog[]) {
  const fields = context.activeFields.filter((field) => field.type === 'relation')
  const updates = audits.filter((entry) => entry.action.endsWith('.updated'))
  const rows = updates.flatMap((entry) => {
    const changes = changesOf(entry)
    return [changes?.before, changes?.after].filter(Boolean).map((values) => {
      const row: Record<string, unknown> = { custom: {} }
      for (const field of fields) {
        const value = values![field.key]
        if (field.customKey) (row.custom as Record<string, unknown>)[field.customKey] = value
        else row[field.key] = value
      }
      return row
    })
  })
  const titles = rows.length
    ? await loadRelationTitles(
        rows as unknown as LucidRow[],
        fields,
        context.i18n.locale,
        context.user
      )
    : new Map()
  return (key: string, before: unknown, after: unknown) => {
    const field = fields.find((candidate) => candidate.key === key)
    if (!field) return {}
    return {
      beforeRelation: relationSummary(titles, field, before),
      afterRelation: relationSummary(titles, field, after),
    }
  }
}

export type TimelineEntry = {
  kind: Kind
  id: number
  action: string
  at: string
  actor: string | null
  changes: {
    field: string
    before: LogValue | LogValue[]
    after: LogValue | LogValue[]
    /** relation fields only: the records before and after, by title */
    beforeRelation?: RelationSummary | null
    afterRelation?: RelationSummary | null
  }[]
  activity?: {
    subject: string | null
    body: string | null
    callDirection: string | null
    callDuration: number | null
    callOutcome: string | null
  }
  task?: { title: string; status: string; dueAt: string | null; assignee: string | null }
  stage?: { from: string | null; to: string | null; hours: number | null }
}
