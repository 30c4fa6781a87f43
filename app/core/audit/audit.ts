import { HttpContext } from '@adonisjs/core/http'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import AuditLog from '#core/audit/models/audit_log'
import SecurityLog from '#core/audit/models/security_log'
import { redact } from '#core/audit/redact'

type Actor = { id: number; organizationId: number }

type AuditEntry = {
  action: string
  actor?: Actor | null
  organizationId?: number | null
  entity?: { type: string; id: number | string }
  changes?: { before?: Record<string, unknown>; after?: Record<string, unknown> } | null
}

type SecurityEntry = {
  event: string
  user?: Actor | null
  organizationId?: number | null
  details?: Record<string, unknown>
}

/**
 * Where the request came from, for both logs.
 */
function origin() {
  const ctx = HttpContext.get()
  return {
    ip: ctx?.request.ip() ?? null,
    userAgent: ctx?.request.header('user-agent')?.slice(0, 512) ?? null,
    requestId: ctx?.request.id() ?? null,
  }
}

function currentActor(): Actor | null {
  return (HttpContext.get()?.auth?.user as Actor | undefined) ?? null
}

/**
 * The append-only audit trail of who did what, with before/after values.
 * Given the change's transaction, the entry commits (or not) with it.
 */
export async function recordAudit(
  { action, actor, organizationId, entity, changes }: AuditEntry,
  client?: TransactionClientContract
) {
  const who = actor === undefined ? currentActor() : actor
  await AuditLog.create(
    {
      action,
      actorId: who?.id ?? null,
      organizationId: organizationId ?? who?.organizationId ?? null,
      entityType: entity?.type ?? null,
      entityId: entity ? String(entity.id) : null,
      changes: changes ? redact(changes) : null,
      ...origin(),
    },
    client ? { client } : undefined
  )
}

/**
 * Denials, rate-limit blocks, failed logins and suspicious token use.
 */
export async function recordSecurityEvent({ event, user, organizationId, details }: SecurityEntry) {
  const who = user === undefined ? currentActor() : user
  await SecurityLog.create({
    event,
    userId: who?.id ?? null,
    organizationId: organizationId ?? who?.organizationId ?? null,
    details: details ? redact(details) : null,
    ...origin(),
  })
}

/**
 * The fields of `after` that differ from `before`, as before/after pairs.
 */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>) {
  const changed = Object.keys(after).filter((key) => before[key] !== after[key])
  if (changed.length === 0) return null
  return {
    before: Object.fromEntries(changed.map((key) => [key, before[key]])),
    after: Object.fromEntries(changed.map((key) => [key, after[key]])),
  }
}
