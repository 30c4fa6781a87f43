/*
| `npm run dev`: the app with demo data, no setup needed. Without a configured
| database it starts an embedded PostgreSQL (PGlite) in tmp/, migrates and
| seeds it, then serves the app with hot reload.
*/
import { randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { parseEnv } from 'node:util'
import { startEmbeddedPostgres } from './support/embedded_postgres.ts'
import { runAce } from './support/run.ts'

const EMBEDDED_PORT = Number(process.env.EMBEDDED_DB_PORT ?? 54329)

function ensureDotEnv() {
  if (existsSync('.env')) return
  copyFileSync('.env.example', '.env')
  const key = randomBytes(32).toString('base64url')
  writeFileSync('.env', readFileSync('.env', 'utf8').replace(/^APP_KEY=.*$/m, `APP_KEY=${key}`))
  console.log('Created .env from .env.example with a fresh APP_KEY')
}

ensureDotEnv()
const fileEnv = parseEnv(readFileSync('.env', 'utf8'))
const env: NodeJS.ProcessEnv = { ...fileEnv, ...process.env }

let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined
if (!env.DATABASE_URL && !env.DB_HOST) {
  embedded = await startEmbeddedPostgres({ dataDir: 'tmp/pglite', port: EMBEDDED_PORT })
  env.DATABASE_URL = embedded.url
  env.DB_EMBEDDED = 'true'
  // All connections share PGlite's one backend, where the database limiter's
  // named prepared statement collides across connections: count in memory.
  env.LIMITER_STORE ??= 'memory'
  console.log(
    `No database configured: using the embedded PostgreSQL (PGlite, data in tmp/pglite) on 127.0.0.1:${EMBEDDED_PORT}`
  )
}

async function step(args: string[]) {
  const code = await runAce(args, env).exit
  if (code !== 0) {
    await embedded?.stop()
    process.exit(code)
  }
}

// Background jobs run inside the app: one process, which the embedded
// database can serve and whose broadcasts need no transport.
env.QUEUE_WORK_IN_APP ??= 'true'
env.REALTIME_TRANSPORT ??= 'memory'

await step(['migration:run', '--force'])
await step(['db:seed'])

const appUrl = env.APP_URL ?? 'http://localhost:3333'
console.log(`
Nova CRM is starting at ${appUrl}
Demo logins (password: Nova-demo-2026!):
  owner@nova-realty.test  admin@nova-realty.test  manager@nova-realty.test  broker1@nova-realty.test  broker2@nova-realty.test
  owner@gulf-homes.test   admin@gulf-homes.test   manager@gulf-homes.test   broker1@gulf-homes.test   broker2@gulf-homes.test
`)

// PGlite answers one wire message at a time from one backend: two
// connections' statements interleave and swap results. The app (and its
// in-app worker) therefore talks to it over a single connection.
const serveEnv = embedded ? { ...env, DB_POOL_MAX: env.DB_POOL_MAX ?? '1' } : env
const server = runAce(['serve', '--hmr'], serveEnv)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  // `ace serve` only stops on SIGINT.
  process.on(signal, () => server.child.kill('SIGINT'))
}
const code = await server.exit
await embedded?.stop()
process.exit(code)
