import db from '@adonisjs/lucid/services/db'

/** the local hour from which a user's digest of the day goes out */
export const DIGEST_HOUR = 7

export type DigestRecipient = {
  id: number
  organization_id: number
  name: string
  email: string
  locale: string | null
  timezone: string
  day: string
}

export type DigestContents = {
  dueToday: { id: number; title: string; due_at: Date; priority: string }[]
  overdue: number
  newLeads: number
  unread: number
}

/**
 * Claims today's digest for every active user who asked for one and whose
 * local time has reached DIGEST_HOUR: one row per user and local day, so a
 * digest goes out once a day however often (or concurrently) this runs.
 */
export async function claimDueDigests() {
  const { rows } = await db.rawQuery<{ rows: DigestRecipient[] }>(
    `with candidates as (
       select u.id, u.organization_id, u.name, u.email, u.locale,
              coalesce(u.timezone, o.timezone) as timezone,
              (now() at time zone coalesce(u.timezone, o.timezone))::date as day
       from users u join organizations o on o.id = u.organization_id
       where u.daily_digest and u.status = 'active'
         and extract(hour from now() at time zone coalesce(u.timezone, o.timezone)) >= ?
     ),
     claimed as (
       insert into digest_deliveries (user_id, day)
       select id, day from candidates
       on conflict do nothing
       returning user_id
     )
     select c.id, c.organization_id, c.name, c.email, c.locale, c.timezone, c.day::text as day
     from candidates c join claimed on claimed.user_id = c.id`,
    [DIGEST_HOUR]
  )
  return rows
}

/**
 * What a user's day looks like: their open tasks due today (local), how
 * many are overdue, leads handed to them in the last 24 hours, unread
 * notifications. Always within their organization.
 */
export async function digestFor(user: DigestRecipient): Promise<DigestContents> {
  const openTasks = () =>
    db
      .from('tasks')
      .where('organization_id', user.organization_id)
      .where('assignee_id', user.id)
      .whereNull('deleted_at')
      .whereNot('status', 'done')
  const localDay = db.raw('(due_at at time zone ?)::date = ?::date', [user.timezone, user.day])
  const [dueToday, overdue, newLeads, unread] = await Promise.all([
    openTasks()
      .where(localDay)
      .orderBy('due_at')
      .limit(10)
      .select('id', 'title', 'due_at', 'priority'),
    openTasks().where('due_at', '<', db.raw('now()')).count('* as total'),
    db
      .from('leads')
      .where('organization_id', user.organization_id)
      .where('assignee_id', user.id)
      .whereNull('deleted_at')
      .where('created_at', '>=', db.raw("now() - interval '24 hours'"))
      .count('* as total'),
    db.from('notifications').where('user_id', user.id).whereNull('read_at').count('* as total'),
  ])
  return {
    dueToday,
    overdue: Number(overdue[0].total),
    newLeads: Number(newLeads[0].total),
    unread: Number(unread[0].total),
  }
}
