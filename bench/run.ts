/*
| `npm run bench [-- <workload>]`: runs one benchmark of bench/: `crm` (the
| default, bench/crm/main.ts) or `import` (bench/import.ts). TypeScript with
| decorators, through the same loader as `node ace`.
*/
import '@poppinss/ts-exec'

const WORKLOADS: Record<string, string> = {
  crm: './crm/main.ts',
  import: './import.ts',
  sse: './sse_fanout.ts',
}

const [workload = 'crm', ...args] = process.argv.slice(2)
const entry = WORKLOADS[workload]
if (!entry) {
  console.error(`Usage: npm run bench [-- <${Object.keys(WORKLOADS).join('|')}>]`)
  process.exit(1)
}
const benchmark = (await import(entry)) as { run: (args: string[]) => Promise<void> }
await benchmark.run(args)
// the app booted in this process may leave timers behind; the work is done
process.exit()
