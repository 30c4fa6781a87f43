/*
| The SQL each request runs: both servers are started once with the
| query_log.ts hook, each request is sent three times, alone, and the
| statements of the third (the steady state the load sees) are read back.
*/
import { readFile, writeFile } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import type { BenchRequest, Call } from './requests.ts'
import type { Target } from './load.ts'

async function send(target: Target, call: Call) {
  const response = await fetch(`${target.url}${call.path}`, {
    method: call.method,
    headers: call.body ? { ...target.headers, 'content-type': 'application/json' } : target.headers,
    body: call.body,
  })
  const text = await response.text()
  return { status: response.status, text }
}

export async function captureQueries(target: Target, logFile: string, request: BenchRequest) {
  await send(target, request.next())
  await send(target, request.next())
  // what the earlier calls send after their response (a NOTIFY waiting for
  // its pool's first connection) lands before the log is cleared
  await sleep(250)
  await writeFile(logFile, '')
  const { status, text } = await send(target, request.next())
  // statements sent after the response (none expected) still get a moment
  await sleep(250)
  const log = await readFile(logFile, 'utf8')
  const queries = log
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as string)
  return { status, queries, body: text }
}
