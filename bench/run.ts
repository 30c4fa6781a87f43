/*
| `npm run bench -- <workload>`: runs one benchmark of bench/<workload>.ts
| (TypeScript with decorators, through the same loader as `node ace`).
*/
import '@poppinss/ts-exec'

const WORKLOADS: Record<string, string> = {
  import: './import.ts',
}

const [workload, ...args] = process.argv.slice(2)
const entry = workload ? WORKLOADS[workload] : undefined
if (!entry) {
  console.error(`Usage: npm run bench -- <${Object.keys(WORKLOADS).join('|')}>`)
  process.exit(1)
}
const benchmark = (await import(entry)) as { run: (args: string[]) => Promise<void> }
await benchmark.run(args)
