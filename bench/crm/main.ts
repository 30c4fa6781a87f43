/*
| `npm run bench` (or `npm run bench -- crm`): the CRM workload of
| ../shared/BENCHMARK.md, Nova's production build next to a bare node:http +
| pg server running the same SQL.
|
|   1. seed (or reuse) BENCH_DATABASE_URL: 20 organizations, 1,000,000 leads,
|      2,000,000 activities                                        (seed.ts)
|   2. `node ace build`, then start build/bin/server.js            (servers.ts)
|   3. record the SQL each request runs on both servers            (capture.ts)
|   4. CSV export of one organization's 50,000 leads: seconds and peak RSS
|   5. autocannon per request type, A B A B                        (load.ts)
|   6. the table                                                   (report.ts)
|
| Environment (all optional): BENCH_DATABASE_URL, BENCH_CONNECTIONS (32),
| BENCH_WARMUP (5 s), BENCH_DURATION (15 s per server and request type),
| BENCH_PORT (3390; the bare server and the query capture use the next three),
| BENCH_SEARCH (the R3 fragment, "fah"), BENCH_ONLY (e.g. "R1,R4"),
| BENCH_SKIP_BUILD=1 (reuse ./build), BENCH_CPU_PROFILE=<dir> (a V8 CPU
| profile of the Nova server under load, written there when it stops).
*/
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { seedWorkload, removeCreatedLeads, slugOf, CREATED_DOMAIN } from './seed.ts'
import { buildApp, startNova, startBare, stop, memoryOf, type Server } from './servers.ts'
import { loadFixtures, cursorOfPage, workload, DEEP_PAGE } from './requests.ts'
import { captureQueries } from './capture.ts'
import { compare, warmUp, type Target } from './load.ts'
import { machine, table, verdicts, queryLists, type Row, type QueryLists } from './report.ts'

const DEFAULT_DATABASE = 'postgres://postgres@127.0.0.1:5432/nova_bench'
const log = (line = '') => console.log(line)
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1)

function settings() {
  const env = process.env
  const numberOf = (name: string, fallback: number) => {
    const value = env[name] === undefined ? fallback : Number(env[name])
    if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number`)
    return value
  }
  return {
    databaseUrl: env.BENCH_DATABASE_URL ?? DEFAULT_DATABASE,
    connections: numberOf('BENCH_CONNECTIONS', 32),
    serverWarmup: numberOf('BENCH_SERVER_WARMUP', 4),
    warmup: numberOf('BENCH_WARMUP', 5),
    duration: numberOf('BENCH_DURATION', 15),
    port: numberOf('BENCH_PORT', 3390),
    search: env.BENCH_SEARCH ?? 'fah',
    only: env.BENCH_ONLY?.split(',').map((id) => id.trim()),
    skipBuild: env.BENCH_SKIP_BUILD === '1',
    cpuProfileDir: env.BENCH_CPU_PROFILE,
  }
}

async function exportFigures(nova: Server, token: string) {
  const before = memoryOf(nova)
  const started = performance.now()
  const response = await fetch(`${nova.url}/api/v1/leads/export?format=csv`, {
    headers: { authorization: `Bearer ${token}` },
  })
  let bytes = 0
  let lines = 0
  for await (const chunk of response.body!) {
    bytes += chunk.length
    for (const byte of chunk) if (byte === 10) lines++
  }
  const elapsed = (performance.now() - started) / 1000
  const after = memoryOf(nova)
  return (
    `CSV export (GET /api/v1/leads/export?format=csv, ${response.status}): ` +
    `${(lines - 1).toLocaleString('en')} rows, ${(bytes / 1024 / 1024).toFixed(1)} MB in ` +
    `${elapsed.toFixed(2)} s; server RSS ${before.rss.toFixed(0)} MB before, ` +
    `peak (VmHWM) ${after.peak.toFixed(0)} MB`
  )
}

function firstId(body: string) {
  return (JSON.parse(body) as { data?: { id: number }[] }).data?.[0]?.id
}

export async function run() {
  const options = settings()
  const servers: Server[] = []
  const stopAll = async () => {
    while (servers.length) await stop(servers.pop()!)
  }
  process.once('SIGINT', () => {
    stopAll().finally(() => process.exit(130))
  })
  const scratch = await mkdtemp(join(tmpdir(), 'nova-crm-bench-'))
  try {
    log('Nova CRM benchmark: the CRM workload (../shared/BENCHMARK.md)')
    for (const line of await machine(options.databaseUrl)) log(line)
    log()

    log(`1. dataset in ${options.databaseUrl}`)
    const seeded = await seedWorkload(options.databaseUrl, log)
    log(
      `  ${seeded.seeding.loaded ? 'seeded' : 'reused the existing dataset'} ` +
        `(20 organizations, 1,000,000 leads, 2,000,000 activities) in ` +
        `${seeded.seeding.seconds.toFixed(1)} s; ` +
        `acting as ${seeded.managerEmail} (manager) of ${seeded.organizationSlug}`
    )

    log('2. production build')
    if (options.skipBuild) log('  BENCH_SKIP_BUILD=1: using the existing ./build')
    else await buildApp(log)

    const fixtures = await loadFixtures(options.databaseUrl, seeded.organizationId, options.search)
    const novaHeaders = { authorization: `Bearer ${seeded.token}`, accept: 'application/json' }
    const bareHeaders = { accept: 'application/json' }
    const bareOptions = {
      databaseUrl: options.databaseUrl,
      organizationId: seeded.organizationId,
      userId: seeded.managerId,
    }

    log('3. the SQL of each request (servers started once with a query log)')
    const novaLog = join(scratch, 'nova.sql.log')
    const bareLog = join(scratch, 'bare.sql.log')
    const novaProbe = await startNova({
      port: options.port + 2,
      databaseUrl: options.databaseUrl,
      queryLog: novaLog,
    })
    servers.push(novaProbe)
    const bareProbe = await startBare({ ...bareOptions, port: options.port + 3, queryLog: bareLog })
    servers.push(bareProbe)
    const started = performance.now()
    fixtures.cursor = await cursorOfPage(novaProbe.url, seeded.token, DEEP_PAGE)
    log(`  cursor of page ${DEEP_PAGE} read by following nextCursor (${seconds(started)} s)`)
    const requests = workload(fixtures).filter(
      (request) => !options.only || options.only.includes(request.id)
    )
    const lists: QueryLists[] = []
    const firstIds: Record<string, unknown> = {}
    for (const request of requests) {
      const nova = await captureQueries(
        { url: novaProbe.url, headers: novaHeaders },
        novaLog,
        request
      )
      const bare = await captureQueries(
        { url: bareProbe.url, headers: bareHeaders },
        bareLog,
        request
      )
      lists.push({
        id: request.id,
        status: `Nova ${nova.status}, bare ${bare.status}`,
        nova: nova.queries,
        bare: bare.queries,
      })
      if (nova.status >= 300)
        log(`  ${request.id}: Nova answered ${nova.status}: ${nova.body.slice(0, 300)}`)
      if (bare.status >= 300)
        log(`  ${request.id}: bare answered ${bare.status}: ${bare.body.slice(0, 300)}`)
      if (request.id === 'R2' || request.id === 'R2c') {
        firstIds[request.id] = [firstId(nova.body), firstId(bare.body)]
      }
      log(`  ${request.id}: Nova ${nova.queries.length} queries, bare ${bare.queries.length}`)
    }
    if (firstIds.R2 && firstIds.R2c) {
      log(
        `  page ${DEEP_PAGE} starts at lead [Nova, bare] ${JSON.stringify(firstIds.R2)} by offset, ${JSON.stringify(firstIds.R2c)} by cursor`
      )
    }
    await stopAll()
    // the export below and the load start from the seeded 50,000 leads
    await removeLeadsOfR5(options.databaseUrl, seeded.organizationId)
    log(`  (${seconds(started)} s)`)

    log('4. servers for the load')
    const nova = await startNova({
      port: options.port,
      databaseUrl: options.databaseUrl,
      cpuProfileDir: options.cpuProfileDir,
    })
    servers.push(nova)
    const bare = await startBare({ ...bareOptions, port: options.port + 1 })
    servers.push(bare)
    log(`  Nova pid ${nova.child.pid} on ${nova.url}, bare pid ${bare.child.pid} on ${bare.url}`)
    const exportLine = await exportFigures(nova, seeded.token)
    log(`  ${exportLine}`)

    log(
      `5. load: autocannon, ${options.connections} connections, ${options.warmup} s warm-up per ` +
        `server, then ${options.duration} s per server as Nova, bare, Nova, bare halves`
    )
    const novaTarget: Target = { url: nova.url, headers: novaHeaders }
    const bareTarget: Target = { url: bare.url, headers: bareHeaders }
    // R5 last: the leads it creates must not weigh on the other requests
    const reads = requests.filter((request) => request.id !== 'R5')
    const order = [...reads, ...requests.filter((request) => request.id === 'R5')]
    if (options.serverWarmup > 0) {
      const warmStart = performance.now()
      const warm = { connections: options.connections, seconds: options.serverWarmup }
      await warmUp(novaTarget, reads, warm)
      await warmUp(bareTarget, reads, warm)
      log(
        `  both servers warmed up: ${options.serverWarmup} s of each read request type ` +
          `(${reads.map((request) => request.id).join(', ')}) [${seconds(warmStart)} s]`
      )
    }
    const rows: Row[] = []
    for (const request of order) {
      const loadStart = performance.now()
      const figures = await compare(request, novaTarget, bareTarget, {
        connections: options.connections,
        seconds: options.duration,
        warmup: options.warmup,
      })
      rows.push({ request, ...figures })
      const ratio = (figures.nova.perSecond / figures.bare.perSecond) * 100
      log(
        `  ${request.id}: Nova ${figures.nova.perSecond.toFixed(1)} req/s, ` +
          `bare ${figures.bare.perSecond.toFixed(1)} req/s (${ratio.toFixed(0)} %) [${seconds(loadStart)} s]`
      )
    }
    const novaMemory = memoryOf(nova)
    await stopAll()

    const byId = (a: Row, b: Row) => requests.indexOf(a.request) - requests.indexOf(b.request)
    rows.sort(byId)
    log()
    log('Results')
    for (const line of await machine(options.databaseUrl)) log(line)
    log(
      `dataset: 20 organizations, 1,000,000 leads, 2,000,000 activities; requests as a manager ` +
        `of ${seeded.organizationSlug} (50,000 leads); R4/R4b rotate over ${fixtures.leadIds.length} leads`
    )
    log(
      `load: autocannon ${options.connections} connections, each server first warmed up ` +
        `${options.serverWarmup} s per read request type, then ${options.warmup} s warm-up, ` +
        `${options.duration} s per server and request (A B A B); Nova peak RSS ${novaMemory.peak.toFixed(0)} MB`
    )
    log()
    for (const line of table(rows)) log(line)
    log()
    log('issue 5 targets (Nova):')
    for (const line of verdicts(rows)) log(`  ${line}`)
    log()
    log(exportLine)
    log('CSV import of 100,000 contacts: its own workload, `npm run bench -- import`')
    log('server-sent-event fan-out: its own workload, `npm run bench -- sse`')
    log()
    log('SQL per request (steady state: the third call of each):')
    for (const line of queryLists(lists)) log(line)
  } finally {
    await stopAll()
    await rm(scratch, { recursive: true, force: true })
    const removed = await removeLeadsOfR5(options.databaseUrl)
    if (removed) {
      log(`(removed the ${removed.toLocaleString('en')} leads R5 created on @${CREATED_DOMAIN})`)
    }
  }
}

async function removeLeadsOfR5(databaseUrl: string, organizationId?: number) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ id: string }>(
      'SELECT id FROM organizations WHERE slug = $1',
      [slugOf(1)]
    )
    const id = organizationId ?? (rows[0] ? Number(rows[0].id) : undefined)
    return id === undefined ? 0 : await removeCreatedLeads(client, id)
  } finally {
    await client.end()
  }
}
