import pg from 'pg'
import logger from '@adonisjs/core/services/logger'
import type { Serializable, SubscribeHandler, Transport } from '@boringnode/bus/types/main'

/** one PostgreSQL channel carries every Transmit channel */
const PG_CHANNEL = 'nova_realtime'
/** PostgreSQL refuses NOTIFY payloads of 8000 bytes and more */
const MAX_PAYLOAD = 7900
const RECONNECT_DELAY_MS = 1000

type Envelope = { busId: string; channel: string; message: Serializable }

/** the listening socket alone does not keep the process running */
function unref(client: pg.Client) {
  const { connection } = client as unknown as { connection?: { stream?: { unref?: () => void } } }
  connection?.stream?.unref?.()
}

/**
 * Carries Transmit's broadcasts between processes over PostgreSQL's
 * LISTEN/NOTIFY, for installations without Redis: a notification created
 * by a worker reaches the browsers connected to the web process. Its
 * connections never keep a process alive (a one-off command ends as
 * usual) and a database that is away is retried, never fatal.
 */
export function postgresTransport(config: pg.ClientConfig) {
  return () => new PostgresTransport(config)
}

export class PostgresTransport implements Transport {
  #id = ''
  #handlers = new Map<string, SubscribeHandler<Serializable>>()
  #publisher: pg.Pool
  #listener?: Promise<pg.Client>
  #reconnected?: () => void
  #closed = false
  #retry?: NodeJS.Timeout

  constructor(private config: pg.ClientConfig) {
    this.#publisher = new pg.Pool({ ...config, max: 2, allowExitOnIdle: true })
  }

  setId(id: string) {
    this.#id = id
    return this
  }

  onReconnect(callback: () => void) {
    this.#reconnected = callback
  }

  async publish(channel: string, message: Serializable) {
    const payload = JSON.stringify({ busId: this.#id, channel, message } satisfies Envelope)
    if (Buffer.byteLength(payload) > MAX_PAYLOAD) {
      logger.warn({ channel }, 'realtime message too large for NOTIFY: delivered locally only')
      return
    }
    await this.#publisher.query('select pg_notify($1, $2)', [PG_CHANNEL, payload])
  }

  async subscribe<T extends Serializable>(channel: string, handler: SubscribeHandler<T>) {
    this.#handlers.set(channel, handler as SubscribeHandler<Serializable>)
    await this.#listen().catch((error) => {
      logger.warn({ err: error }, 'realtime listener could not connect; retrying')
      this.#reconnectLater()
    })
  }

  async unsubscribe(channel: string) {
    this.#handlers.delete(channel)
  }

  async disconnect() {
    this.#closed = true
    clearTimeout(this.#retry)
    const listener = await this.#listener?.catch(() => undefined)
    await listener?.end().catch(() => {})
    await this.#publisher.end()
  }

  #listen() {
    this.#listener ??= this.#connect()
    return this.#listener
  }

  async #connect() {
    const client = new pg.Client(this.config)
    client.on('notification', ({ payload }) => payload && this.#receive(payload))
    client.on('error', (error) => logger.warn({ err: error }, 'realtime listener lost'))
    client.on('end', () => this.#reconnectLater())
    await client.connect()
    await client.query(`LISTEN ${PG_CHANNEL}`)
    unref(client)
    return client
  }

  #reconnectLater() {
    this.#listener = undefined
    if (this.#closed || this.#retry) return
    this.#retry = setTimeout(() => {
      this.#retry = undefined
      this.#listen().then(
        () => this.#reconnected?.(),
        () => this.#reconnectLater()
      )
    }, RECONNECT_DELAY_MS).unref()
  }

  #receive(payload: string) {
    const envelope = JSON.parse(payload) as Envelope
    if (envelope.busId === this.#id) return
    void this.#handlers.get(envelope.channel)?.(envelope.message)
  }
}
