/*
| The measuring core of the fan-out benchmark: N event streams opened and
| subscribed exactly as @adonisjs/transmit-client does it (GET
| /__transmit/events?uid=…, then POST /__transmit/subscribe { uid, channel }),
| authenticated by a bearer token; the time each broadcast takes from the
| request that causes it to its arrival on every stream.
*/
import http from 'node:http'
import { randomUUID } from 'node:crypto'
import { sseDataReader } from '#tests/helpers/sse_frames'

export type Target = { url: string; token: string }

/** what Transmit writes on a stream: `data: {"channel":…,"payload":…}` */
export type Frame = { channel: string; payload: { type: string; data: Record<string, unknown> } }

type Reply = { status: number; body: string }

/**
 * One plain HTTP request (no fetch: its pool would hold the 1,000 sockets
 * of the streams to its own limits).
 */
export function send(
  url: URL,
  options: { method: string; headers: Record<string, string>; body?: string; agent: http.Agent }
) {
  return new Promise<Reply>((resolve, reject) => {
    const request = http.request(
      url,
      { method: options.method, headers: options.headers, agent: options.agent },
      (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () => resolve({ status: response.statusCode!, body }))
        response.on('error', reject)
      }
    )
    request.on('error', reject)
    request.end(options.body)
  })
}

/**
 * Runs `work` over the items, at most `concurrency` at a time.
 */
async function inBatches<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>) {
  let next = 0
  const worker = async () => {
    while (next < items.length) await work(items[next++])
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker))
}

/**
 * One subscriber: its own stream, its own uid.
 */
class EventStream {
  readonly uid = randomUUID()
  readonly seen = new Set<string>()
  ended = false
  #request?: http.ClientRequest

  constructor(
    private onFrame: (stream: EventStream, frame: Frame, at: number) => void,
    private onEnd: (stream: EventStream) => void
  ) {}

  #end() {
    if (this.ended) return
    this.ended = true
    this.onEnd(this)
  }

  open(target: Target, agent: http.Agent) {
    const url = new URL(`/__transmit/events?uid=${this.uid}`, target.url)
    return new Promise<void>((resolve, reject) => {
      this.#request = http.get(
        url,
        {
          agent,
          headers: { Accept: 'text/event-stream', Authorization: `Bearer ${target.token}` },
        },
        (response) => {
          if (response.statusCode !== 200) {
            response.resume()
            return reject(new Error(`GET /__transmit/events answered ${response.statusCode}`))
          }
          response.setEncoding('utf8')
          let at = 0
          const read = sseDataReader((data) => this.onFrame(this, JSON.parse(data) as Frame, at))
          response.on('data', (chunk: string) => {
            at = performance.now()
            read(chunk)
          })
          response.on('close', () => this.#end())
          resolve()
        }
      )
      this.#request.on('error', (error) => {
        this.#end()
        reject(error)
      })
    })
  }

  async subscribe(target: Target, channel: string, agent: http.Agent) {
    const reply = await send(new URL('/__transmit/subscribe', target.url), {
      method: 'POST',
      agent,
      headers: {
        'Authorization': `Bearer ${target.token}`,
        'Content-Type': 'application/json',
        'Accept': 'application/json',
      },
      body: JSON.stringify({ uid: this.uid, channel }),
    })
    if (reply.status !== 204) {
      throw new Error(`POST /__transmit/subscribe answered ${reply.status}: ${reply.body}`)
    }
  }

  close() {
    this.#request?.destroy()
  }
}

export type FanoutOptions = {
  target: Target
  channel: string
  clients: number
  /** the identity of a message worth timing (null: not one of ours) */
  keyOf: (frame: Frame) => string | null
  /** requests in flight while connecting */
  concurrency?: number
}

/**
 * N subscribers of one channel, recording when each keyed message arrives
 * on each stream.
 */
export class Fanout {
  readonly streams: EventStream[] = []
  readonly failures: string[] = []
  /** streams subscribed and still open */
  connected = 0
  /** streams that closed after they were subscribed */
  dropped = 0
  readonly #arrivals = new Map<string, number[]>()
  readonly #waiting = new Map<string, () => void>()
  readonly #streamAgent = new http.Agent({ keepAlive: false, maxSockets: Infinity })
  readonly #requestAgent: http.Agent

  constructor(private options: FanoutOptions) {
    this.#requestAgent = new http.Agent({
      keepAlive: true,
      maxSockets: options.concurrency ?? 50,
    })
  }

  #record = (stream: EventStream, frame: Frame, at: number) => {
    const key = this.options.keyOf(frame)
    if (key === null || stream.seen.has(key)) return
    stream.seen.add(key)
    const arrivals = this.#arrivals.get(key) ?? []
    arrivals.push(at)
    this.#arrivals.set(key, arrivals)
    if (arrivals.length >= this.connected) this.#waiting.get(key)?.()
  }

  #ended = (stream: EventStream) => {
    if (!this.streams.includes(stream)) return
    this.connected--
    this.dropped++
  }

  /**
   * Opens every stream, then subscribes each to the channel; a client that
   * fails is left out (and listed in `failures`).
   */
  async connect() {
    const { target, channel, clients, concurrency = 50 } = this.options
    const candidates = Array.from(
      { length: clients },
      () => new EventStream(this.#record, this.#ended)
    )
    await inBatches(candidates, concurrency, async (stream) => {
      try {
        await stream.open(target, this.#streamAgent)
        await stream.subscribe(target, channel, this.#requestAgent)
        if (stream.ended) throw new Error('the stream closed while subscribing')
        this.streams.push(stream)
        this.connected++
      } catch (error) {
        stream.close()
        this.failures.push((error as Error).message)
      }
    })
  }

  /**
   * Arrival times of a message on the streams that got it, once every
   * connected stream has it or after `timeoutMs`.
   */
  async arrivalsOf(key: string, timeoutMs: number) {
    const arrivals = () => this.#arrivals.get(key) ?? []
    if (arrivals().length < this.connected) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs)
        this.#waiting.set(key, () => {
          clearTimeout(timer)
          resolve()
        })
      })
      this.#waiting.delete(key)
    }
    return [...arrivals()]
  }

  /** requests the benchmark itself sends, on the same pool as the subscriptions */
  request(path: string, method: string, body: unknown) {
    return send(new URL(path, this.options.target.url), {
      method,
      agent: this.#requestAgent,
      headers: {
        'Authorization': `Bearer ${this.options.target.token}`,
        'Content-Type': 'application/json',
        'Accept': 'application/json',
      },
      body: JSON.stringify(body),
    })
  }

  close() {
    const streams = this.streams.splice(0)
    for (const stream of streams) stream.close()
    this.#streamAgent.destroy()
    this.#requestAgent.destroy()
  }
}

export type Broadcast = { key: string; apiMs: number; latencies: number[] }

/**
 * Causes `count` broadcasts one after the other (`trigger` returns the key
 * of the message its request makes the server send), `pauseMs` apart, and
 * times each from the moment its request leaves to its arrival on each
 * stream.
 */
export async function measureBroadcasts(
  fanout: Fanout,
  options: {
    count: number
    pauseMs: number
    timeoutMs: number
    trigger: (index: number) => Promise<string>
  }
) {
  const broadcasts: Broadcast[] = []
  for (let index = 0; index < options.count; index++) {
    if (index > 0) await new Promise((resolve) => setTimeout(resolve, options.pauseMs))
    const sentAt = performance.now()
    const key = await options.trigger(index)
    const apiMs = performance.now() - sentAt
    const arrivals = await fanout.arrivalsOf(key, options.timeoutMs)
    broadcasts.push({ key, apiMs, latencies: arrivals.map((at) => at - sentAt) })
  }
  return broadcasts
}

/** nearest-rank percentile of ascending values */
export function percentile(sorted: number[], rank: number) {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.max(0, Math.ceil((rank / 100) * sorted.length) - 1)]
}
