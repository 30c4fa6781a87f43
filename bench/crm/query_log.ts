/*
| Preloaded (`node --import`) into one scratch start of the production
| server: appends the text of every SQL statement the process sends through
| `pg` to the file named by BENCH_QUERY_LOG, one JSON string a line. The
| benchmark then sends each request once, alone, and reads what it ran.
| Never loaded into the server that is measured.
*/
import { appendFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const target = process.env.BENCH_QUERY_LOG
if (target) {
  // the same `pg` the app resolves (build/node_modules links to ../node_modules)
  const require = createRequire(import.meta.url)
  const pg = require('pg')
  const query = pg.Client.prototype.query
  pg.Client.prototype.query = function (this: unknown, config: unknown, ...rest: unknown[]) {
    const text = typeof config === 'string' ? config : (config as { text?: string } | null)?.text
    if (text) appendFileSync(target, `${JSON.stringify(text)}\n`)
    return query.call(this, config, ...rest)
  }
}
