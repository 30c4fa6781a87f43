/*
| What the CRM benchmark prints: the machine, the table of Nova next to the
| bare server, the targets of issue 5, and the SQL each request ran.
*/
import os from 'node:os'
import pg from 'pg'
import type { Figures } from './load.ts'
import type { BenchRequest } from './requests.ts'

export type Row = { request: BenchRequest; nova: Figures; bare: Figures }

/** Issue 5's expectations: share of the bare server's req/s, p99 and p50 bounds in ms. */
const TARGETS: Record<string, { ratio?: number; p99?: number; p50?: number }> = {
  R1: { ratio: 0.5, p99: 100 },
  R2: { ratio: 0.5 },
  R2c: { ratio: 0.5 },
  R3: { ratio: 0.5, p99: 100 },
  R4: { ratio: 0.3, p99: 100 },
  R4b: { ratio: 0.3, p99: 100 },
  R5: { ratio: 0.3, p99: 100 },
  R6: { p50: 20 },
}

export async function machine(databaseUrl: string) {
  // the server's maintenance database: the benchmark's may not exist yet
  const server = new URL(databaseUrl)
  server.pathname = '/postgres'
  const client = new pg.Client({ connectionString: server.toString() })
  await client.connect()
  try {
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version')
    const cpus = os.cpus()
    return [
      `machine: ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown'}), ` +
        `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB memory, ${os.type()} ${os.release()}`,
      `versions: Node ${process.version}, PostgreSQL ${rows[0].server_version}`,
    ]
  } finally {
    await client.end()
  }
}

const number = (value: number, digits = 0) =>
  Number.isFinite(value)
    ? value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : '-'
const ms = (value: number) => `${number(value, value < 10 ? 1 : 0)} ms`

export function table(rows: Row[]) {
  const header = [
    'request',
    'Nova req/s',
    'p50',
    'p99',
    'non2xx',
    'bare req/s',
    'p50',
    'p99',
    'non2xx',
    'ratio',
  ]
  const lines = rows.map(({ request, nova, bare }) => [
    `${request.id} ${request.label}`,
    number(nova.perSecond, 1),
    ms(nova.p50),
    ms(nova.p99),
    number(nova.non2xx + nova.errors),
    number(bare.perSecond, 1),
    ms(bare.p50),
    ms(bare.p99),
    number(bare.non2xx + bare.errors),
    `${number((nova.perSecond / bare.perSecond) * 100)} %`,
  ])
  const widths = header.map((_, column) =>
    Math.max(header[column].length, ...lines.map((line) => line[column].length))
  )
  const format = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[0]) : cell.padStart(widths[column])
      )
      .join(' | ')
  return [
    format(header),
    widths.map((width) => '-'.repeat(width)).join('-|-'),
    ...lines.map(format),
  ]
}

/**
 * Whether each figure meets issue 5's expectation (printed, never failing).
 */
export function verdicts(rows: Row[]) {
  return rows.map(({ request, nova, bare }) => {
    const target = TARGETS[request.id] ?? {}
    const checks: string[] = []
    if (target.ratio !== undefined) {
      const ratio = nova.perSecond / bare.perSecond
      checks.push(`${ratio >= target.ratio ? 'ok  ' : 'MISS'} ≥ ${target.ratio * 100} % of bare`)
    }
    if (target.p99 !== undefined) {
      checks.push(`${nova.p99 < target.p99 ? 'ok  ' : 'MISS'} p99 < ${target.p99} ms`)
    }
    if (target.p50 !== undefined) {
      checks.push(`${nova.p50 < target.p50 ? 'ok  ' : 'MISS'} p50 < ${target.p50} ms`)
    }
    const codes = (figures: Figures) =>
      Object.entries(figures.statusCodes)
        .filter(([code]) => !code.startsWith('2'))
        .map(([code, count]) => `${code}×${count}`)
        .join(' ')
    const odd = [codes(nova) && `Nova ${codes(nova)}`, codes(bare) && `bare ${codes(bare)}`]
      .filter(Boolean)
      .join(', ')
    return `${request.id.padEnd(4)} ${checks.join('; ') || '(no target)'}${odd ? ` [${odd}]` : ''}`
  })
}

export type QueryLists = { id: string; status: string; nova: string[]; bare: string[] }

/** Nova's auth and bookkeeping statements, which the bare server leaves out by design. */
const BOOKKEEPING = [
  /"auth_access_tokens"/,
  /^select \* from "users" where "id" = \$1 limit \$2$/,
  /from "organizations" where "id" = /,
  /from "custom_fields"/,
]

const normalized = (sql: string) => sql.replace(/ in \((\$\d+(, )?)+\)/g, ' in (…)')

/** Statements inside BEGIN … COMMIT are tagged, so a changed transaction shows as drift. */
function tagged(statements: string[]) {
  let inTransaction = false
  return statements.map((sql) => {
    if (/^BEGIN/i.test(sql)) inTransaction = true
    const tag = inTransaction ? `[transaction] ${normalized(sql)}` : normalized(sql)
    if (/^(COMMIT|ROLLBACK)/i.test(sql)) inTransaction = false
    return tag
  })
}

/**
 * Whether Nova's data statements (all but auth and bookkeeping) are the
 * bare server's, in or out of a transaction alike, whatever their order;
 * R6 differs by design.
 */
function drift(list: QueryLists) {
  if (list.id === 'R6') return 'different by design: Nova reads lead_summaries, bare aggregates'
  const data = list.nova.filter((sql) => !BOOKKEEPING.some((pattern) => pattern.test(sql)))
  const novaOnly = tagged(data)
  const bareOnly: string[] = []
  for (const sql of tagged(list.bare)) {
    const index = novaOnly.indexOf(sql)
    if (index === -1) bareOnly.push(sql)
    else novaOnly.splice(index, 1)
  }
  if (novaOnly.length === 0 && bareOnly.length === 0) {
    return `same data SQL (+ ${list.nova.length - data.length} auth/bookkeeping on Nova)`
  }
  return [
    'SQL DRIFT, bare server needs an update:',
    ...novaOnly.map((sql) => `      only Nova: ${sql}`),
    ...bareOnly.map((sql) => `      only bare: ${sql}`),
  ].join('\n')
}

export function queryLists(lists: QueryLists[]) {
  const lines: string[] = []
  for (const list of lists) {
    lines.push(
      `${list.id} (${list.status}): Nova ${list.nova.length} queries, bare ${list.bare.length}; ${drift(list)}`
    )
    for (const sql of list.nova) lines.push(`   nova  ${sql}`)
    for (const sql of list.bare) lines.push(`   bare  ${sql}`)
  }
  return lines
}
