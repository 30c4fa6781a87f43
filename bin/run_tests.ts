/*
| `npm test`: the whole suite against real PostgreSQL. The database is, in
| order: TEST_DATABASE_URL; DATABASE_URL if its name says "test"; the local server at
| 127.0.0.1:5432 (database nova_test, created if missing); else an embedded
| PGlite. Prints a plain "N passed, N failed" line at the end.
*/
import { existsSync } from 'node:fs'
import pg from 'pg'
import { startEmbeddedPostgres } from './support/embedded_postgres.ts'
import { spawn } from 'node:child_process'
import { stripVTControlCharacters } from 'node:util'

const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432'
const TEST_DATABASE = 'nova_test'

async function localServerDatabase(): Promise<string | undefined> {
  const client = new pg.Client({
    connectionString: `${LOCAL_SERVER}/postgres`,
    connectionTimeoutMillis: 2000,
  })
  try {
    await client.connect()
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      TEST_DATABASE,
    ])
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${TEST_DATABASE}`)
    return `${LOCAL_SERVER}/${TEST_DATABASE}`
  } catch {
    return undefined
  } finally {
    await client.end().catch(() => {})
  }
}

const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test' }
let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined

/**
 * The suite migrates and finally resets its database: a DATABASE_URL is only
 * used when its database is clearly a test one.
 */
function testDatabaseFrom(url: string | undefined) {
  if (!url) return undefined
  const name = new URL(url).pathname.slice(1)
  if (/test/i.test(name)) return url
  console.warn(`Not running the tests on DATABASE_URL (database "${name}" is not a test database)`)
  return undefined
}

env.DATABASE_URL =
  process.env.TEST_DATABASE_URL ??
  testDatabaseFrom(process.env.DATABASE_URL) ??
  (await localServerDatabase())
if (!env.DATABASE_URL) {
  embedded = await startEmbeddedPostgres({ port: Number(process.env.EMBEDDED_DB_PORT ?? 54330) })
  env.DATABASE_URL = embedded.url
  env.DB_EMBEDDED = 'true'
  console.log('No PostgreSQL server found: running the tests on the embedded PostgreSQL (PGlite)')
}

const args = process.argv.slice(2)
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const wantsBrowser =
  !args.some((arg) => ['unit', 'functional'].includes(arg)) || args.includes('browser')
if (wantsBrowser && !existsSync(chromium)) {
  if (process.env.CI) {
    console.error(`Chromium is missing at ${chromium}: browser tests cannot be skipped on CI.`)
    process.exit(1)
  }
  console.warn(`
!!! BROWSER TESTS SKIPPED: no Chromium at ${chromium}.
!!! Install it with: sudo apt-get install chromium   (or set CHROMIUM_PATH)
`)
  if (!args.some((arg) => ['unit', 'functional', 'browser'].includes(arg)))
    args.unshift('unit', 'functional')
}

/**
 * Japa's summary reads "Tests  5 passed, 1 failed (6)"; CI also wants it as
 * a plain "5 passed, 1 failed, 0 skipped" line.
 */
function plainSummary(output: string) {
  const line = stripVTControlCharacters(output).match(/Tests\s+(.*)\(\d+\)/)?.[1] ?? ''
  const count = (word: string) => Number(line.match(new RegExp(`(\\d+) ${word}`))?.[1] ?? 0)
  return `${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped`
}

const child = spawn(process.execPath, ['ace', 'test', ...args], {
  env,
  stdio: ['inherit', 'pipe', 'inherit'],
})
let output = ''
child.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk)
  output = (output + chunk.toString()).slice(-8192)
})
const code = await new Promise<number>((resolve) =>
  child.on('exit', (exitCode) => resolve(exitCode ?? 1))
)
await embedded?.stop()
console.log(plainSummary(output))
process.exit(code)
