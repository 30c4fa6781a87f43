/*
| The processes the CRM benchmark runs: the production build of the app
| (`node ace build`, then `node build/bin/server.js`) and the bare reference
| server, each started, awaited on /health/ready and stopped with SIGTERM
| (SIGKILL after 10 s); none outlives the benchmark.
*/
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync, rmSync, symlinkSync, lstatSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { setTimeout as sleep } from 'node:timers/promises'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const BUILD = `${ROOT}build/`
const NODE = process.execPath
const QUERY_LOG_HOOK = fileURLToPath(new URL('./query_log.ts', import.meta.url))
const BARE_SERVER = fileURLToPath(new URL('./bare_server.ts', import.meta.url))

const running = new Set<ChildProcess>()
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL')
})

function run(command: string, args: string[], cwd: string) {
  return new Promise<string>((resolve, reject) => {
    // not the environment this process gave itself to boot the app (NODE_ENV=test)
    const env = { ...process.env }
    delete env.NODE_ENV
    delete env.DATABASE_URL
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')}:\n${output}`))
    )
  })
}

/**
 * `node ace build` into ./build. TypeScript errors do not stop it (other
 * work in progress in the checkout must not block a benchmark; they are
 * reported). The build runs with the root node_modules, linked.
 */
export async function buildApp(log: (line: string) => void) {
  const started = performance.now()
  const output = await run(NODE, ['ace', 'build', '--ignore-ts-errors'], ROOT)
  if (!existsSync(`${BUILD}bin/server.js`)) throw new Error(`The build failed:\n${output}`)
  const typeErrors = output.split('\n').filter((line) => /error TS\d+/.test(line))
  const modules = `${BUILD}node_modules`
  if (!existsSync(modules) || !lstatSync(modules).isSymbolicLink()) {
    rmSync(modules, { recursive: true, force: true })
    symlinkSync('../node_modules', modules)
  }
  log(`  built in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  for (const line of typeErrors) log(`  (TypeScript error ignored by the build: ${line.trim()})`)
}

export type Server = { name: string; url: string; child: ChildProcess; output: () => string }

async function start(
  name: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
  url: string
): Promise<Server> {
  const child = spawn(NODE, args, {
    cwd,
    env: { PATH: process.env.PATH ?? '', TZ: 'UTC', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  running.add(child)
  let output = ''
  child.stdout!.on('data', (chunk) => (output = (output + chunk).slice(-20_000)))
  child.stderr!.on('data', (chunk) => (output = (output + chunk).slice(-20_000)))
  child.on('exit', () => running.delete(child))
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break
    const ready = await fetch(`${url}/health/ready`).then(
      (response) => response.ok,
      () => false
    )
    if (ready) return { name, url, child, output: () => output }
    await sleep(250)
  }
  child.kill('SIGKILL')
  throw new Error(`${name} did not become ready:\n${output}`)
}

export type StartOptions = {
  port: number
  databaseUrl: string
  queryLog?: string
  /** write a V8 CPU profile of the server into this directory (node --cpu-prof) */
  cpuProfileDir?: string
}

/**
 * The production server: one process, logs at warn, rate limit lifted,
 * memory stores for the limiter and sessions.
 */
export function startNova({ port, databaseUrl, queryLog, cpuProfileDir }: StartOptions) {
  const args = [
    ...(cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : []),
    ...(queryLog ? ['--import', QUERY_LOG_HOOK] : []),
    'bin/server.js',
  ]
  return start(
    'Nova',
    args,
    BUILD,
    {
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      APP_KEY: 'crm-benchmark-app-key-0123456789abcdef',
      APP_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: databaseUrl,
      LIMITER_STORE: 'memory',
      SESSION_DRIVER: 'memory',
      API_RATE_LIMIT: String(1_000_000_000),
      ...(queryLog ? { BENCH_QUERY_LOG: queryLog } : {}),
    },
    `http://127.0.0.1:${port}`
  )
}

export function startBare(
  options: StartOptions & { organizationId: number; userId: number }
): Promise<Server> {
  const args = options.queryLog ? ['--import', QUERY_LOG_HOOK, BARE_SERVER] : [BARE_SERVER]
  return start(
    'bare',
    args,
    ROOT,
    {
      BARE_PORT: String(options.port),
      DATABASE_URL: options.databaseUrl,
      BARE_ORGANIZATION_ID: String(options.organizationId),
      BARE_USER_ID: String(options.userId),
      ...(options.queryLog ? { BENCH_QUERY_LOG: options.queryLog } : {}),
    },
    `http://127.0.0.1:${options.port}`
  )
}

export async function stop(server: Server) {
  const { child } = server
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
  await exited
  clearTimeout(timer)
}

/** VmRSS and VmHWM (peak) of a process, in MB. */
export function memoryOf(server: Server) {
  const status = readFileSync(`/proc/${server.child.pid}/status`, 'utf8')
  const read = (key: string) =>
    Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024
  return { rss: read('VmRSS'), peak: read('VmHWM') }
}
