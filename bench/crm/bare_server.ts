/*
| The bare reference server of the CRM benchmark: `node:http` + a `pg` Pool
| (max 10 connections, as config/database.ts gives the app by default), no
| framework, no auth (the organization and acting user come from the
| environment), answering the workload's requests with JSON.stringify.
|
| It sends the data queries Nova sends for each request, with the same SQL
| text, as the benchmark's query log shows them (`npm run bench` prints both
| lists side by side, so a drift is visible):
|
|   R1/R2 list, page N   page (limit/offset) and the total from lead_summaries
|                        (the organization's leads by status), side by side
|                        + one users query for the owner/assignee titles
|   R2c list, cursor     page after the cursor (limit perPage + 1) + users titles
|   R3 search            page + capped count, LIKE on search_text + users titles
|   R4 show              the lead + users titles
|   R4b activities       page + capped count + users titles
|                        (author) + leads titles (lead)
|   R5 create            duplicate check (lower(email)/phone), then in one
|                        transaction INSERT … RETURNING * (the stored row) and
|                        the audit_logs insert (every mutation is audited); then
|                        the real-time NOTIFY of the change (the owner's title is
|                        the acting user's name, which both servers have at hand)
|   R6 stats             the plain aggregate over the organization's leads
|                        (GROUP BY status), where Nova reads lead_summaries
|
| Left out, as auth and bookkeeping: the token lookup (and its last_used_at
| update), the user, the organization, custom fields and lead sources.
|
| Environment: BARE_PORT, DATABASE_URL, BARE_ORGANIZATION_ID, BARE_USER_ID.
*/
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { randomUUID } from 'node:crypto'
import pg from 'pg'

pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value))

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 })
const organizationId = Number(process.env.BARE_ORGANIZATION_ID)
const userId = Number(process.env.BARE_USER_ID)
const STATUSES = ['new', 'contacted', 'qualified', 'proposal', 'won', 'lost']
const SHOWN_ONLY = new Set(['id', 'title', 'owner', 'assignee', 'contact', 'convertedDeal'])

type Row = Record<string, any>

const iso = (value: Date | null) => (value ? value.toISOString() : null)
const placeholders = (from: number, count: number) =>
  Array.from({ length: count }, (_, index) => `$${from + index}`).join(', ')

/** The acting user's name: Nova has it from the token's query, so read once. */
const actorName = pool
  .query('select "name" from "users" where "id" = $1', [userId])
  .then(({ rows }) => String(rows[0]?.name ?? ''))

async function titles(table: 'users' | 'leads', ids: (number | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is number => typeof id === 'number'))]
  const known = new Map<number, string>()
  if (table === 'users' && wanted.includes(userId)) known.set(userId, await actorName)
  const missing = wanted.filter((id) => !known.has(id))
  if (missing.length === 0) return known
  const { rows } = await pool.query(
    `select "id", "name" from "${table}" where "${table}"."organization_id" = $1 and "id" in (${placeholders(2, missing.length)})`,
    [organizationId, ...missing]
  )
  for (const row of rows as Row[]) known.set(row.id, row.name)
  return known
}

const summary = (names: Map<number, string>, id: number | null) =>
  id !== null && names.has(id) ? { id, title: names.get(id)! } : null

function lead(row: Row, users: Map<number, string>) {
  return {
    id: row.id,
    title: row.name,
    name: row.name,
    email: row.email,
    phone: row.phone,
    companyName: row.company_name,
    source: row.source,
    status: row.status,
    lostReason: row.lost_reason,
    value: row.value === null ? null : { amount: row.value, currency: row.value_currency },
    ownerId: row.owner_id,
    assigneeId: row.assignee_id,
    tags: row.tags,
    notes: row.notes,
    contactId: row.contact_id,
    convertedDealId: row.converted_deal_id,
    convertedAt: iso(row.converted_at),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    owner: summary(users, row.owner_id),
    assignee: summary(users, row.assignee_id),
    contact: null,
    convertedDeal: null,
    custom: row.custom,
    version: row.version,
    deletedAt: iso(row.deleted_at),
  }
}

function activity(row: Row, users: Map<number, string>, leads: Map<number, string>) {
  return {
    id: row.id,
    title: row.subject ?? '',
    type: row.type,
    subject: row.subject,
    body: row.body,
    occurredAt: iso(row.occurred_at),
    authorId: row.author_id,
    leadId: row.lead_id,
    dealId: row.deal_id,
    contactId: row.contact_id,
    companyId: row.company_id,
    callDirection: row.call_direction,
    callDuration: row.call_duration,
    callOutcome: row.call_outcome,
    propertyRef: row.property_ref,
    createdAt: iso(row.created_at),
    author: summary(users, row.author_id),
    lead: summary(leads, row.lead_id),
    deal: null,
    contact: null,
    company: null,
    custom: row.custom,
    version: row.version,
    deletedAt: iso(row.deleted_at),
  }
}

const LEADS = `from "leads" where "leads"."organization_id" = $1 and "leads"."deleted_at" is null`
const ORDER = `order by "leads"."created_at" desc, "leads"."id" desc`

function pageOf(params: URLSearchParams) {
  const perPage = Math.min(100, Math.max(1, Number(params.get('perPage') ?? 25) || 25))
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1)
  return { page, perPage }
}

/** Nova counts at most this many rows (+ 1): app/resources/engine/list_records.ts */
const COUNT_CAP = 10_000

/**
 * The page and its total side by side, as Nova's listRecords runs them:
 * the maintained total when there is one, else the capped count (a total
 * above COUNT_CAP is reported as COUNT_CAP, flagged).
 */
async function paginate(
  from: string,
  order: string,
  bindings: unknown[],
  params: URLSearchParams,
  summarized?: Promise<number>
) {
  const { page, perPage } = pageOf(params)
  const n = bindings.length
  const counting = summarized
    ? summarized.then((total) => ({ total, capped: false }))
    : pool
        .query(`SELECT count(*)::int AS total FROM (select 1 ${from} limit $${n + 1}) AS capped`, [
          ...bindings,
          COUNT_CAP + 1,
        ])
        .then(({ rows }) => ({
          total: Math.min(rows[0].total, COUNT_CAP),
          capped: rows[0].total > COUNT_CAP,
        }))
  const [result, { total, capped }] = await Promise.all([
    pool.query(
      `select * ${from} ${order} limit $${n + 1}${page > 1 ? ` offset $${n + 2}` : ''}`,
      page > 1 ? [...bindings, perPage, (page - 1) * perPage] : [...bindings, perPage]
    ),
    counting,
  ])
  const meta = {
    total,
    perPage,
    currentPage: page,
    lastPage: Math.max(1, Math.ceil(total / perPage)),
    ...(capped ? { totalCapped: true } : {}),
  }
  return { rows: result.rows as Row[], meta }
}

/** Nova's total of an organization's leads, by status or not: lead_summaries */
async function leadsSummaryTotal(status: string | null) {
  const sql = `SELECT COALESCE(sum("count"), 0)::int AS total FROM "lead_summaries" WHERE "organization_id" = $1`
  // named prepared statements, as Nova runs them
  const { rows } = await (status === null
    ? pool.query({ name: 'total', text: sql, values: [organizationId] })
    : pool.query({
        name: 'total_status',
        text: `${sql} AND "status" = ANY($2::text[])`,
        values: [organizationId, [status]],
      }))
  return rows[0].total as number
}

async function listLeads(params: URLSearchParams) {
  const bindings: unknown[] = [organizationId]
  let where = LEADS
  const status = params.get('filter[status]')
  if (status !== null) {
    bindings.push(status)
    where += ` and "leads"."status" = $${bindings.length}`
  }
  const q = params.get('q')?.trim()
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`
    bindings.push(pattern)
    where += ` and ("leads"."search_text" LIKE lower($${bindings.length}))`
  }
  const cursor = params.get('cursor')
  if (cursor === null) {
    const summarized = q ? undefined : leadsSummaryTotal(status)
    const { rows, meta } = await paginate(where, ORDER, bindings, params, summarized)
    const users = await titles(
      'users',
      rows.flatMap((row) => [row.owner_id, row.assignee_id])
    )
    return { data: rows.map((row) => lead(row, users)), meta }
  }
  const { perPage } = pageOf(params)
  if (cursor !== '') {
    const [value, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    const n = bindings.length
    bindings.push(value, id)
    where += ` and ("leads"."created_at", "leads"."id") < ($${n + 1}, $${n + 2})`
  }
  bindings.push(perPage + 1)
  const { rows } = await pool.query(
    `select * ${where} ${ORDER} limit $${bindings.length}`,
    bindings
  )
  const pageRows = rows.slice(0, perPage)
  const last = pageRows.at(-1)
  const users = await titles(
    'users',
    pageRows.flatMap((row) => [row.owner_id, row.assignee_id])
  )
  const nextCursor =
    rows.length > perPage && last
      ? Buffer.from(JSON.stringify([last.created_at.toISOString(), last.id])).toString('base64url')
      : null
  return { data: pageRows.map((row) => lead(row, users)), meta: { perPage, nextCursor } }
}

async function showLead(id: number) {
  const { rows } = await pool.query(`select * ${LEADS} and "leads"."id" = $2 limit $3`, [
    organizationId,
    id,
    1,
  ])
  if (!rows[0]) return undefined
  const users = await titles('users', [rows[0].owner_id, rows[0].assignee_id])
  return { data: lead(rows[0], users) }
}

async function listActivities(params: URLSearchParams) {
  const where = `from "activities" where "activities"."organization_id" = $1 and "activities"."deleted_at" is null and "activities"."lead_id" = $2`
  const order = `order by "activities"."occurred_at" desc, "activities"."id" desc`
  const leadId = Number(params.get('filter[leadId]'))
  const { rows, meta } = await paginate(where, order, [organizationId, leadId], params)
  const users = await titles(
    'users',
    rows.map((row) => row.author_id)
  )
  const leads = await titles(
    'leads',
    rows.map((row) => row.lead_id)
  )
  return { data: rows.map((row) => activity(row, users, leads)), meta }
}

async function createLead(input: Row, request: IncomingMessage) {
  const email = typeof input.email === 'string' ? input.email.toLowerCase() : null
  const duplicate = await pool.query(
    `select "id", "name" from "leads" where "leads"."organization_id" = $1 and "deleted_at" is null and (lower(email) = $2 or "phone" = $3) limit $4`,
    [organizationId, email, input.phone ?? null, 1]
  )
  if (duplicate.rows[0]) return { status: 409, body: { errors: [{ code: 'E_DUPLICATE_LEAD' }] } }
  const now = new Date()
  const client = await pool.connect()
  let row: Row
  try {
    await client.query('BEGIN;')
    const inserted = await client.query(
      `insert into "leads" ("company_name", "created_at", "custom", "email", "lost_reason", "name", "organization_id", "owner_id", "phone", "source", "status", "updated_at", "value", "value_currency") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) returning *`,
      [
        input.companyName ?? null,
        now,
        JSON.stringify(input.custom ?? {}),
        input.email ?? null,
        null,
        input.name,
        organizationId,
        userId,
        input.phone ?? null,
        input.source ?? null,
        input.status ?? 'new',
        now,
        input.value?.amount ?? null,
        input.value?.currency ?? null,
      ]
    )
    row = inserted.rows[0]
    // the audit keeps the record's values, not the relations' titles
    const values = lead(row, new Map())
    const after = Object.fromEntries(Object.entries(values).filter(([key]) => !SHOWN_ONLY.has(key)))
    await client.query(
      `insert into "audit_logs" ("action", "actor_id", "changes", "created_at", "entity_id", "entity_type", "ip", "organization_id", "request_id", "user_agent") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning "id"`,
      [
        'leads.created',
        userId,
        JSON.stringify({ after }),
        new Date(),
        String(row.id),
        'leads',
        request.socket.remoteAddress ?? null,
        organizationId,
        randomUUID(),
        request.headers['user-agent']?.slice(0, 512) ?? null,
      ]
    )
    await client.query('COMMIT;')
  } catch (error) {
    await client.query('ROLLBACK;')
    throw error
  } finally {
    client.release()
  }
  const users = await titles('users', [row.owner_id, row.assignee_id])
  announce(row)
  return { status: 201, body: { data: lead(row, users) } }
}

/**
 * Open screens hear of the new record: Nova's real-time broadcast, one
 * NOTIFY on its own small pool, not awaited by the request.
 */
const notifier = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 })
function announce(row: Row) {
  const message = {
    type: 'record.changed',
    data: {
      resource: 'leads',
      id: row.id,
      version: row.version,
      action: 'created',
      actorId: userId,
    },
  }
  const payload = JSON.stringify({
    busId: 'bare',
    channel: `organizations/${organizationId}`,
    message,
  })
  notifier.query('select pg_notify($1, $2)', ['nova_realtime', payload]).catch(() => {})
}

/** Plain aggregate, no summary table: the comparison R6 is about. */
async function leadStats() {
  const { rows } = await pool.query(
    'SELECT status, count(*) AS count, sum(value)::text AS value FROM leads WHERE organization_id = $1 AND deleted_at IS NULL GROUP BY status',
    [organizationId]
  )
  const byStatus = new Map(rows.map((row: Row) => [row.status, row]))
  return {
    data: {
      leadsByStatus: STATUSES.map((status) => ({
        status,
        count: Number(byStatus.get(status)?.count ?? 0),
        value: Number(byStatus.get(status)?.value ?? 0).toFixed(2),
      })),
    },
  }
}

function readBody(request: IncomingMessage) {
  return new Promise<string>((resolve, reject) => {
    let text = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => (text += chunk))
    request.on('end', () => resolve(text))
    request.on('error', reject)
  })
}

async function route(request: IncomingMessage): Promise<{ status: number; body: unknown }> {
  const url = new URL(request.url ?? '/', 'http://bare')
  const path = url.pathname
  if (request.method === 'GET' && path === '/health/ready')
    return { status: 200, body: { status: 'ok' } }
  if (request.method === 'GET' && path === '/api/v1/leads') {
    return { status: 200, body: await listLeads(url.searchParams) }
  }
  const show = /^\/api\/v1\/leads\/(\d+)$/.exec(path)
  if (request.method === 'GET' && show) {
    const body = await showLead(Number(show[1]))
    return body
      ? { status: 200, body }
      : { status: 404, body: { errors: [{ code: 'E_NOT_FOUND' }] } }
  }
  if (request.method === 'GET' && path === '/api/v1/activities') {
    return { status: 200, body: await listActivities(url.searchParams) }
  }
  if (request.method === 'POST' && path === '/api/v1/leads') {
    return createLead(JSON.parse(await readBody(request)), request)
  }
  if (request.method === 'GET' && path === '/api/v1/dashboard') {
    return { status: 200, body: await leadStats() }
  }
  return { status: 404, body: { errors: [{ code: 'E_ROUTE_NOT_FOUND' }] } }
}

function send(response: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body)
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  })
  response.end(text)
}

const server = createServer((request, response) => {
  route(request).then(
    ({ status, body }) => send(response, status, body),
    (error: Error) => send(response, 500, { errors: [{ message: error.message }] })
  )
})
server.listen(Number(process.env.BARE_PORT ?? 3391), '127.0.0.1')

const stop = () => {
  server.close()
  server.closeAllConnections()
  Promise.all([pool.end(), notifier.end()]).finally(() => process.exit(0))
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
