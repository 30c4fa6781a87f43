/*
| Drives one request type against both servers with autocannon: a warm-up of
| each, then Nova, bare, Nova, bare (A B A B) for half the duration each, so
| machine drift hits both. Latencies are collected per response and the two
| halves pooled before taking percentiles.
*/
import autocannon from 'autocannon'
import type { BenchRequest } from './requests.ts'

export type LoadOptions = { connections: number; seconds: number; warmup: number }
export type Target = { url: string; headers: Record<string, string> }

export type Figures = {
  requests: number
  seconds: number
  perSecond: number
  p50: number
  p99: number
  non2xx: number
  /** connection errors and timeouts */
  errors: number
  statusCodes: Record<string, number>
}

type Sample = { latencies: number[]; seconds: number; non2xx: number; errors: number }

function drive(target: Target, request: BenchRequest, connections: number, seconds: number) {
  const latencies: number[] = []
  let non2xx = 0
  const statusCodes: Record<string, number> = {}
  return new Promise<Sample & { statusCodes: Record<string, number> }>((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        connections,
        duration: seconds,
        headers: target.headers,
        requests: [
          {
            setupRequest: (base) => {
              const call = request.next()
              return {
                ...base,
                method: call.method,
                path: call.path,
                headers: call.body
                  ? { ...base.headers, 'content-type': 'application/json' }
                  : base.headers,
                body: call.body,
              }
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error)
        resolve({
          latencies,
          seconds: result.duration,
          non2xx,
          errors: result.errors + result.timeouts,
          statusCodes,
        })
      }
    )
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime)
      statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1
      if (statusCode < 200 || statusCode > 299) non2xx++
    })
  })
}

function percentile(sorted: number[], fraction: number) {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]
}

function pool(samples: (Sample & { statusCodes: Record<string, number> })[]): Figures {
  const latencies = samples.flatMap((sample) => sample.latencies).sort((a, b) => a - b)
  const seconds = samples.reduce((sum, sample) => sum + sample.seconds, 0)
  const statusCodes: Record<string, number> = {}
  for (const sample of samples) {
    for (const [code, count] of Object.entries(sample.statusCodes)) {
      statusCodes[code] = (statusCodes[code] ?? 0) + count
    }
  }
  return {
    requests: latencies.length,
    seconds,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    non2xx: samples.reduce((sum, sample) => sum + sample.non2xx, 0),
    errors: samples.reduce((sum, sample) => sum + sample.errors, 0),
    statusCodes,
  }
}

export async function compare(
  request: BenchRequest,
  nova: Target,
  bare: Target,
  options: LoadOptions
) {
  if (options.warmup > 0) {
    await drive(nova, request, options.connections, options.warmup)
    await drive(bare, request, options.connections, options.warmup)
  }
  const half = Math.max(1, Math.round(options.seconds / 2))
  const novaSamples = []
  const bareSamples = []
  for (let round = 0; round < 2; round++) {
    novaSamples.push(await drive(nova, request, options.connections, half))
    bareSamples.push(await drive(bare, request, options.connections, half))
  }
  return { nova: pool(novaSamples), bare: pool(bareSamples) }
}

/**
 * Brings a freshly started server to its steady state before anything is
 * measured: every given request type in turn, `seconds` each. The JIT of a
 * Node server keeps compiling for tens of seconds under load; without this
 * the first request type measured pays for the whole app's warm-up and
 * the ones after it do not.
 */
export async function warmUp(
  target: Target,
  requests: BenchRequest[],
  options: { connections: number; seconds: number }
) {
  for (const request of requests) await drive(target, request, options.connections, options.seconds)
}
