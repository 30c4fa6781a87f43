/*
| The app server the fan-out benchmark talks to: the production build
| (`node ace build`, as the CRM benchmark makes it) or, with
| SSE_FROM_SOURCE=1, the same app run from its TypeScript sources (no build:
| safe while another benchmark rebuilds ./build). Production settings
| either way; stopped with bench/crm/servers.ts's `stop`.
*/
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { setTimeout as sleep } from 'node:timers/promises'
import { buildApp, type Server } from '../crm/servers.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const BUILD = `${ROOT}build/`

/**
 * Settings of the realtime path a deployment may choose, passed on when the
 * benchmark is given them: read at load, before seeding boots the app in
 * this process (which loads .env.test into process.env).
 */
const PASSED_ON = Object.fromEntries(
  ['REDIS_URL', 'REALTIME_TRANSPORT', 'QUEUE_DRIVER', 'QUEUE_WORK_IN_APP']
    .filter((name) => process.env[name] !== undefined)
    .map((name) => [name, process.env[name]!])
)

const running = new Set<ChildProcess>()
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL')
})

export type AppServer = Server & { how: string }

export type ServerOptions = {
  port: number
  databaseUrl: string
  fromSource: boolean
  skipBuild: boolean
  log: (line: string) => void
}

function environment({ port, databaseUrl }: ServerOptions) {
  return {
    PATH: process.env.PATH ?? '',
    TZ: 'UTC',
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    APP_KEY: 'sse-benchmark-app-key-0123456789abcdef',
    APP_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: databaseUrl,
    LIMITER_STORE: 'memory',
    SESSION_DRIVER: 'memory',
    API_RATE_LIMIT: String(1_000_000_000),
    ...PASSED_ON,
  }
}

/**
 * Starts the server and waits for /health/ready. Returns what it runs and
 * which realtime settings it was given.
 */
export async function startServer(options: ServerOptions): Promise<AppServer> {
  let how: string
  let cwd: string
  let args: string[]
  if (options.fromSource) {
    how = 'app from its TypeScript sources (SSE_FROM_SOURCE=1), NODE_ENV=production'
    cwd = ROOT
    args = ['--import', '@poppinss/ts-exec', 'bin/server.ts']
  } else {
    if (options.skipBuild && existsSync(`${BUILD}bin/server.js`)) {
      options.log('  BENCH_SKIP_BUILD=1: using the existing ./build')
    } else {
      await buildApp(options.log)
    }
    how = 'production build (build/bin/server.js), NODE_ENV=production'
    cwd = BUILD
    args = ['bin/server.js']
  }
  const env = environment(options)
  const realtime = Object.entries(PASSED_ON).map(([name, value]) => `${name}=${value}`)
  how += realtime.length
    ? `, ${realtime.join(', ')}`
    : ', realtime and queue settings: the defaults'

  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  running.add(child)
  child.on('exit', () => running.delete(child))
  let output = ''
  child.stdout!.on('data', (chunk) => (output = (output + chunk).slice(-20_000)))
  child.stderr!.on('data', (chunk) => (output = (output + chunk).slice(-20_000)))
  const url = `http://127.0.0.1:${options.port}`
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline && child.exitCode === null) {
    const ready = await fetch(`${url}/health/ready`).then(
      (response) => response.ok,
      () => false
    )
    if (ready) return { name: 'Nova', url, child, output: () => output, how }
    await sleep(250)
  }
  child.kill('SIGKILL')
  throw new Error(`the server did not become ready:\n${output}`)
}
