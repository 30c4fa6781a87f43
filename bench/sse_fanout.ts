/*
| `npm run bench -- sse`: server-sent-event fan-out. N clients hold a
| Transmit event stream each, subscribed to one organization's channel the
| way the admin panel's client does; a manager of that organization then
| creates leads through the API, one at a time, and each creation's
| `record.changed` broadcast is timed from the moment its request leaves to
| its arrival on every stream. Target (issue 6): with 1,000 clients, every
| broadcast reaches all of them, p99 under 1 s.
|
|   1. seed (or reuse) SSE_DATABASE_URL: one organization, one manager,
|      a bearer token                                        (sse/seed.ts)
|   2. start the production build, or the sources            (sse/server.ts)
|   3. connect and subscribe the clients, then the broadcasts (sse/fanout.ts)
|
| Environment (all optional): SSE_CLIENTS (1000), SSE_BROADCASTS (20),
| SSE_PAUSE_MS (500, between broadcasts), SSE_TIMEOUT_MS (5000, wait for one
| broadcast), SSE_DATABASE_URL (postgres://postgres@127.0.0.1:5432/nova_bench_sse),
| SSE_PORT (3398), BENCH_SKIP_BUILD=1 (reuse ./build), SSE_FROM_SOURCE=1 (run
| the TypeScript sources, no build). REDIS_URL, REALTIME_TRANSPORT,
| QUEUE_DRIVER and QUEUE_WORK_IN_APP are passed on to the server when set.
*/
import { cpus, totalmem } from 'node:os'
import { randomUUID } from 'node:crypto'
import { stop, memoryOf } from './crm/servers.ts'
import { seedFanout, removeBenchLeads, LEAD_DOMAIN } from './sse/seed.ts'
import { startServer, type AppServer } from './sse/server.ts'
import { Fanout, measureBroadcasts, percentile, type Frame } from './sse/fanout.ts'

const DEFAULT_DATABASE = 'postgres://postgres@127.0.0.1:5432/nova_bench_sse'
const TARGET_P99_MS = 1000
const log = (line = '') => console.log(line)

function settings() {
  const env = process.env
  const numberOf = (name: string, fallback: number) => {
    const value = env[name] === undefined ? fallback : Number(env[name])
    if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number`)
    return value
  }
  return {
    clients: numberOf('SSE_CLIENTS', 1000),
    broadcasts: numberOf('SSE_BROADCASTS', 20),
    pauseMs: numberOf('SSE_PAUSE_MS', 500),
    timeoutMs: numberOf('SSE_TIMEOUT_MS', 5000),
    databaseUrl: env.SSE_DATABASE_URL ?? DEFAULT_DATABASE,
    port: numberOf('SSE_PORT', 3398),
    skipBuild: env.BENCH_SKIP_BUILD === '1',
    fromSource: env.SSE_FROM_SOURCE === '1',
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`
const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`

/**
 * The message a lead's creation broadcasts to the organization, keyed by
 * the lead's id.
 */
function createdLeadOf(frame: Frame) {
  const { type, data } = frame.payload ?? {}
  if (type !== 'record.changed' || data?.resource !== 'leads' || data.action !== 'created') {
    return null
  }
  return String(data.id)
}

export async function run() {
  const options = settings()
  let server: AppServer | undefined
  let fanout: Fanout | undefined
  process.once('SIGINT', () => {
    fanout?.close()
    ;(server ? stop(server) : Promise.resolve()).finally(() => process.exit(130))
  })
  log('Nova CRM benchmark: server-sent-event fan-out (issue 6)')
  log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ` +
      `${(totalmem() / 1024 ** 3).toFixed(1)} GB RAM, Node ${process.version}`
  )
  log()

  log(`1. dataset in ${options.databaseUrl}`)
  let started = performance.now()
  const setup = await seedFanout(options.databaseUrl)
  log(`  one organization (#${setup.organizationId}), one manager, a token (${seconds(started)})`)
  const channel = `organizations/${setup.organizationId}`
  try {
    log('2. server')
    server = await startServer({ ...options, log })
    log(`  ${server.how}`)
    log(`  pid ${server.child.pid} on ${server.url}, RSS ${memoryOf(server).rss.toFixed(0)} MB`)

    log(
      `3. ${options.clients} clients: GET /__transmit/events, POST /__transmit/subscribe ${channel}`
    )
    started = performance.now()
    fanout = new Fanout({
      target: { url: server.url, token: setup.token },
      channel,
      clients: options.clients,
      keyOf: createdLeadOf,
    })
    await fanout.connect()
    log(`  ${fanout.connected} connected and subscribed in ${seconds(started)}`)
    for (const failure of new Set(fanout.failures)) {
      log(`  failed: ${failure} (×${fanout.failures.filter((item) => item === failure).length})`)
    }
    log(`  server RSS with the streams open: ${memoryOf(server).rss.toFixed(0)} MB`)

    log(
      `4. ${options.broadcasts} broadcasts: POST /api/v1/leads as the manager, ` +
        `${options.pauseMs} ms apart; each timed from the request to its arrival on every stream`
    )
    const batch = randomUUID().slice(0, 8)
    const broadcasts = await measureBroadcasts(fanout, {
      count: options.broadcasts,
      pauseMs: options.pauseMs,
      timeoutMs: options.timeoutMs,
      trigger: async (index) => {
        const reply = await fanout!.request('/api/v1/leads', 'POST', {
          name: `SSE bench lead ${batch}-${index}`,
          email: `${batch}-${index}@${LEAD_DOMAIN}`,
          source: 'website',
          status: 'new',
        })
        if (reply.status !== 201) {
          throw new Error(`POST /api/v1/leads answered ${reply.status}: ${reply.body}`)
        }
        return String((JSON.parse(reply.body) as { data: { id: number } }).data.id)
      },
    })
    for (const [index, broadcast] of broadcasts.entries()) {
      const sorted = broadcast.latencies.toSorted((a, b) => a - b)
      log(
        `  #${String(index + 1).padStart(2)} lead ${broadcast.key}: ` +
          `${sorted.length}/${options.clients} streams, API ${ms(broadcast.apiMs)}, ` +
          `first ${ms(sorted[0] ?? Number.NaN)}, last ${ms(sorted.at(-1) ?? Number.NaN)}`
      )
    }

    const latencies = broadcasts.flatMap((item) => item.latencies).toSorted((a, b) => a - b)
    const expected = options.broadcasts * options.clients
    const api = broadcasts.map((item) => item.apiMs).toSorted((a, b) => a - b)
    const p99 = percentile(latencies, 99)
    log()
    log('Results')
    log(`  clients connected: ${fanout.connected + fanout.dropped} of ${options.clients}`)
    log(`  streams dropped during the run: ${fanout.dropped}`)
    log(`  broadcasts: ${broadcasts.length}`)
    log(`  deliveries received / expected: ${latencies.length} / ${expected}`)
    log(
      `  delivery latency (request sent → message on the stream): ` +
        `p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, ` +
        `p99 ${ms(p99)}, max ${ms(latencies.at(-1) ?? Number.NaN)}`
    )
    log(
      `  API response (POST /api/v1/leads): p50 ${ms(percentile(api, 50))}, max ${ms(api.at(-1)!)}`
    )
    log(`  server peak RSS (VmHWM): ${memoryOf(server).peak.toFixed(0)} MB`)
    const met = latencies.length === expected && p99 < TARGET_P99_MS
    log(`  target (all delivered, p99 < ${TARGET_P99_MS} ms): ${met ? 'met' : 'NOT met'}`)
    if (!met) process.exitCode = 1
  } finally {
    fanout?.close()
    if (server) await stop(server)
    const removed = await removeBenchLeads(options.databaseUrl, setup.organizationId)
    if (removed) log(`(removed the ${removed} leads the broadcasts created)`)
  }
}
