import { spawn } from 'node:child_process'

/**
 * Runs `node ace ...` (on this same Node 24) and resolves with its exit code.
 */
export function runAce(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['ace', ...args], { stdio: 'inherit', env })
  const exit = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)))
  return { child, exit }
}
