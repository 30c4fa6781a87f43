/*
| The requests of the CRM workload (../shared/BENCHMARK.md), the same for
| Nova and the bare server: each gives the next request's method, path and
| body, so ids and bodies vary per request (autocannon's setupRequest).
*/
import pg from 'pg'
import { CREATED_DOMAIN } from './seed.ts'

export type Call = { method: 'GET' | 'POST'; path: string; body?: string }
export type BenchRequest = { id: string; label: string; next: () => Call }

export type Fixtures = {
  /** leads of organization 1 that have activities, in a fixed order */
  leadIds: number[]
  search: string
  /** the cursor that gives page 200 of R1 (read from Nova before the run) */
  cursor?: string
}

const LIST = '/api/v1/leads?filter%5Bstatus%5D=new&sort=-createdAt&perPage=25'
export const DEEP_PAGE = 200

export async function loadFixtures(databaseUrl: string, organizationId: number, search: string) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ lead_id: string }>(
      `SELECT lead_id FROM activities WHERE organization_id = $1 AND lead_id IS NOT NULL
       GROUP BY lead_id ORDER BY md5(lead_id::text) LIMIT 1000`,
      [organizationId]
    )
    const fixtures: Fixtures = { leadIds: rows.map((row) => Number(row.lead_id)), search }
    return fixtures
  } finally {
    await client.end()
  }
}

/**
 * The cursor of page 200, by following `meta.nextCursor` from the first
 * page (the client's way; no knowledge of the cursor's format).
 */
export async function cursorOfPage(baseUrl: string, token: string, page: number) {
  let cursor = ''
  for (let current = 1; current < page; current++) {
    const response = await fetch(`${baseUrl}${LIST}&cursor=${encodeURIComponent(cursor)}`, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    })
    const body = (await response.json()) as { meta?: { nextCursor?: string | null } }
    if (!response.ok || !body.meta?.nextCursor) {
      throw new Error(`No cursor after page ${current} (${response.status})`)
    }
    cursor = body.meta.nextCursor
  }
  return cursor
}

let created = 0

/** A valid, unique lead: e-mail and phone never repeat within a run. */
function newLead(): Call {
  const number = created++
  return {
    method: 'POST',
    path: '/api/v1/leads',
    body: JSON.stringify({
      name: `Bench Client ${number}`,
      email: `r5-${number}@${CREATED_DOMAIN}`,
      phone: `+96650${String(number).padStart(7, '0')}`,
      companyName: 'Gulf Real Estate',
      source: 'website',
      status: 'new',
      value: { amount: String(100_000 + (number % 5_000_000)), currency: 'SAR' },
    }),
  }
}

function rotating(ids: number[], path: (id: number) => string) {
  let index = 0
  return (): Call => ({ method: 'GET', path: path(ids[index++ % ids.length]) })
}

export function workload(fixtures: Fixtures): BenchRequest[] {
  const fixed = (path: string) => (): Call => ({ method: 'GET', path })
  const requests: BenchRequest[] = [
    { id: 'R1', label: 'list, status=new, newest first', next: fixed(LIST) },
    { id: 'R2', label: `the same, page ${DEEP_PAGE}`, next: fixed(`${LIST}&page=${DEEP_PAGE}`) },
  ]
  if (fixtures.cursor) {
    const path = `${LIST}&cursor=${encodeURIComponent(fixtures.cursor)}`
    requests.push({ id: 'R2c', label: `the same, page ${DEEP_PAGE} by cursor`, next: fixed(path) })
  }
  requests.push(
    {
      id: 'R3',
      label: `search q=${fixtures.search}`,
      next: fixed(`/api/v1/leads?q=${encodeURIComponent(fixtures.search)}&perPage=25`),
    },
    {
      id: 'R4',
      label: 'show a lead (with owner)',
      next: rotating(fixtures.leadIds, (id) => `/api/v1/leads/${id}`),
    },
    {
      id: 'R4b',
      label: "the lead's last 10 activities",
      next: rotating(
        fixtures.leadIds,
        (id) => `/api/v1/activities?filter%5BleadId%5D=${id}&sort=-occurredAt&perPage=10`
      ),
    },
    { id: 'R5', label: 'create a lead', next: newLead },
    { id: 'R6', label: 'lead counts and sums by status', next: fixed('/api/v1/dashboard') }
  )
  return requests
}
