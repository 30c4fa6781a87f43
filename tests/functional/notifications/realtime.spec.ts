import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import { randomUUID } from 'node:crypto'
import { PassThrough } from 'node:stream'
import type { HttpContext } from '@adonisjs/core/http'
import router from '@adonisjs/core/services/router'
import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import transmit from '@adonisjs/transmit/services/main'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor, expectStatus } from '#tests/helpers/api'
import { createLead } from '#tests/helpers/pipeline'
import { sseDataReader } from '#tests/helpers/sse_frames'
import { unavailable } from '#tests/helpers/services'
import { TEST_PASSWORD, UserFactory } from '#database/factories/user_factory'
import { transmitTransport } from '#config/transmit'

type Message = { channel: string; payload: { type: string; data: Record<string, any> } }

/**
 * A real server-sent-event connection to the test server, as a browser or
 * an app opens it, collecting what arrives.
 */
function openStream(uid: string, headers: Record<string, string>) {
  return new Promise<{
    status: number
    messages: Message[]
    next: (predicate: (message: Message) => boolean) => Promise<Message>
    close: () => void
  }>((resolve, reject) => {
    const messages: Message[] = []
    const waiting: { predicate: (message: Message) => boolean; done: (m: Message) => void }[] = []
    const request = http.get(
      {
        host: process.env.HOST,
        port: Number(process.env.PORT),
        path: `/__transmit/events?uid=${uid}`,
        headers: { Accept: 'text/event-stream', ...headers },
      },
      (response) => {
        response.setEncoding('utf8')
        response.on(
          'data',
          sseDataReader((data) => {
            const message = JSON.parse(data) as Message
            messages.push(message)
            for (const waiter of waiting.filter((candidate) => candidate.predicate(message))) {
              waiter.done(message)
            }
          })
        )
        resolve({
          status: response.statusCode!,
          messages,
          next: (predicate) => {
            const found = messages.find(predicate)
            if (found) return Promise.resolve(found)
            return new Promise((done, fail) => {
              waiting.push({ predicate, done })
              setTimeout(() => fail(new Error('no such message within 10 s')), 10_000)
            })
          },
          close: () => request.destroy(),
        })
      }
    )
    request.on('error', (error) => {
      if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET') reject(error)
    })
  })
}

/**
 * Signs in through the login page as a browser does (its cookies, its CSRF
 * token), and returns the cookies the browser would then send.
 */
async function signInLikeABrowser(email: string) {
  const base = `http://${process.env.HOST}:${process.env.PORT}`
  const jar = new Map<string, string>()
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';')
      const at = pair.indexOf('=')
      jar.set(pair.slice(0, at), pair.slice(at + 1))
    }
  }
  const header = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ')
  keep(await fetch(`${base}/login`, { redirect: 'manual' }))
  const login = await fetch(`${base}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'Cookie': header(),
      'Content-Type': 'application/x-www-form-urlencoded',
      'X-XSRF-TOKEN': decodeURIComponent(jar.get('XSRF-TOKEN') ?? ''),
    },
    body: new URLSearchParams({ email, password: TEST_PASSWORD }),
  })
  if (login.status !== 302 || login.headers.get('location') !== '/') {
    throw new Error(`sign-in failed: ${login.status}`)
  }
  keep(login)
  return header()
}

test.group('Real time: channels', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('a broker subscribes to their own and their organization’s channel, by token or session, and to nothing else', async ({
    client,
    assert,
    cleanup,
  }) => {
    const { organization, manager, broker } = await createAgency()
    const other = await createAgency()
    const token = await bearerFor(broker)
    const uid = randomUUID()
    const stream = await openStream(uid, { Authorization: `Bearer ${token}` })
    cleanup(() => stream.close())
    assert.equal(stream.status, 200)

    const subscribe = (channel: string) =>
      client.post('/__transmit/subscribe').bearerToken(token).json({ uid, channel })
    await expectStatus(subscribe(`users/${broker.id}`), 204)
    await expectStatus(subscribe(`organizations/${organization.id}`), 204)
    await expectStatus(subscribe(`users/${manager.id}`), 400)
    await expectStatus(subscribe(`organizations/${other.organization.id}`), 400)
    await expectStatus(subscribe(`users/${broker.id}/private`), 400)
    await expectStatus(subscribe('announcements'), 400)
    assert.deepEqual(transmit.getSubscribersFor(`users/${broker.id}`), [uid])
    assert.deepEqual(transmit.getSubscribersFor(`users/${manager.id}`), [])

    const bySession = (channel: string) =>
      client.post('/__transmit/subscribe').loginAs(broker).json({ uid, channel })
    await expectStatus(bySession(`users/${broker.id}`), 204)
    await expectStatus(bySession(`users/${other.broker.id}`), 400)

    await expectStatus(
      client.post('/__transmit/subscribe').json({ uid, channel: `users/${broker.id}` }),
      401
    )
    await expectStatus(
      client
        .post('/__transmit/subscribe')
        .bearerToken('nat_not-a-real-token')
        .json({ uid, channel: `users/${broker.id}` }),
      401
    )
  })

  test('the admin panel opens its stream and subscribes with its session cookie, never writing the session back', async ({
    assert,
    cleanup,
  }) => {
    const { organization, manager } = await createAgency()
    const cookies = await signInLikeABrowser(manager.email)
    const uid = randomUUID()
    const stream = await openStream(uid, { Cookie: cookies })
    cleanup(() => stream.close())
    assert.equal(stream.status, 200)
    const subscribed = await fetch(
      `http://${process.env.HOST}:${process.env.PORT}/__transmit/subscribe`,
      {
        method: 'POST',
        headers: { 'Cookie': cookies, 'Content-Type': 'application/json' },
        body: JSON.stringify({ uid, channel: `organizations/${organization.id}` }),
      }
    )
    assert.equal(subscribed.status, 204)
    // Subscriptions run beside the page's own requests: one that read the
    // session before a form's POST flashed a message, then stored it again,
    // would drop that message (the two-factor secret, the recovery codes).
    assert.deepEqual(subscribed.headers.getSetCookie(), [])
    transmit.broadcast(`organizations/${organization.id}`, { type: 'ping', data: {} })
    const received = await stream.next((message) => message.payload.type === 'ping')
    assert.equal(received.channel, `organizations/${organization.id}`)
  })

  test('nobody can pour their channels into a stream someone else opened', async ({
    client,
    assert,
    cleanup,
  }) => {
    const { organization, manager, broker } = await createAgency()
    const uid = randomUUID()
    const stream = await openStream(uid, { Authorization: `Bearer ${await bearerFor(broker)}` })
    cleanup(() => stream.close())

    const managerToken = await bearerFor(manager)
    await expectStatus(
      client
        .post('/__transmit/subscribe')
        .bearerToken(managerToken)
        .json({ uid, channel: `organizations/${organization.id}` }),
      400
    )
    const taken = await openStream(uid, { Authorization: `Bearer ${managerToken}` })
    cleanup(() => taken.close())
    assert.equal(taken.status, 409)
    const anonymous = await openStream(randomUUID(), {})
    cleanup(() => anonymous.close())
    assert.equal(anonymous.status, 401)
  })

  test('a disabled user can neither open a stream nor subscribe', async ({ client, assert }) => {
    const { organization } = await createAgency()
    const disabled = await UserFactory.merge({ organizationId: organization.id })
      .apply('disabled')
      .create()
    const token = await bearerFor(disabled)
    const stream = await openStream(randomUUID(), { Authorization: `Bearer ${token}` })
    stream.close()
    assert.equal(stream.status, 401)
    await expectStatus(
      client
        .post('/__transmit/subscribe')
        .bearerToken(token)
        .json({ uid: randomUUID(), channel: `users/${disabled.id}` }),
      401
    )
  })
})

test.group('Real time: broadcasts', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('a new notification reaches the recipient’s open stream in their language, and the change reaches the organization', async ({
    client,
    assert,
    cleanup,
  }) => {
    const { organization, manager } = await createAgency()
    const broker = await UserFactory.merge({ organizationId: organization.id })
      .apply('arabic')
      .create()
    const broadcasts: Message[] = []
    const stopListening = transmit.on('broadcast', (event) =>
      broadcasts.push(event as unknown as Message)
    )
    cleanup(() => stopListening())

    const token = await bearerFor(broker)
    const uid = randomUUID()
    const stream = await openStream(uid, { Authorization: `Bearer ${token}` })
    cleanup(() => stream.close())
    for (const channel of [`users/${broker.id}`, `organizations/${organization.id}`]) {
      await expectStatus(
        client.post('/__transmit/subscribe').bearerToken(token).json({ uid, channel }),
        204
      )
    }

    const lead = await createLead(organization, manager, { name: 'Omar Haddad' })
    await expectStatus(
      client
        .patch(`/api/v1/leads/${lead.id}`)
        .bearerToken(await bearerFor(manager))
        .json({ assigneeId: broker.id }),
      200
    )

    const toBroker = broadcasts.filter((message) => message.channel === `users/${broker.id}`)
    assert.lengthOf(toBroker, 1)
    assert.equal(toBroker[0].payload.type, 'notification.created')
    assert.equal(toBroker[0].payload.data.title, 'عميل محتمل مُسند إليك')
    assert.equal(toBroker[0].payload.data.url, `/leads/${lead.id}`)
    assert.isFalse(toBroker[0].payload.data.read)
    assert.notExists(broadcasts.find((message) => message.channel === `users/${manager.id}`))

    const change = broadcasts.find(
      (message) => message.channel === `organizations/${organization.id}`
    )!
    assert.deepEqual(change.payload, {
      type: 'record.changed',
      data: { resource: 'leads', id: lead.id, version: 2, action: 'updated', actorId: manager.id },
    })

    const delivered = await stream.next((message) => message.channel === `users/${broker.id}`)
    assert.equal(delivered.payload.type, 'notification.created')
    assert.equal(
      delivered.payload.data.body,
      `أسند ${manager.name} إليك العميل المحتمل Omar Haddad.`
    )
    const refreshed = await stream.next(
      (message) => message.channel === `organizations/${organization.id}`
    )
    assert.equal(refreshed.payload.data.resource, 'leads')

    await expectStatus(client.post('/api/v1/notifications/read-all').bearerToken(token), 204)
    const read = await stream.next((message) => message.payload.type === 'notification.read')
    assert.deepEqual(read.payload.data, { unreadCount: 0 })
  })
})

/**
 * An event stream as a second app instance would hold it, without a
 * network connection: what it would send is collected.
 */
function streamOn(instance: typeof transmit, uid: string) {
  const received: string[] = []
  const response = Object.assign(new PassThrough(), { writeHead: () => {} })
  response.on('data', (chunk: Buffer) => received.push(chunk.toString()))
  instance.createStream({
    uid,
    context: {} as HttpContext,
    request: undefined as unknown as IncomingMessage,
    response: response as unknown as ServerResponse,
  })
  return {
    received,
    close: () => {
      response.destroy()
    },
  }
}

test.group('Real time: several app instances', () => {
  for (const kind of ['redis', 'postgres'] as const) {
    test(`with ${kind} between them, a broadcast on one instance reaches streams held by another`, async ({
      assert,
      cleanup,
    }) => {
      // A second instance of the app's own Transmit class, built as config/transmit.ts builds it.
      const Adapter = transmit.constructor as new (
        config: object,
        appRouter: typeof router,
        transport: unknown
      ) => typeof transmit
      const config = { pingInterval: false as const, transport: transmitTransport(kind) }
      const [first, second] = [1, 2].map(
        () => new Adapter(config, router, config.transport!.driver())
      )
      cleanup(async () => {
        await first.shutdown()
        await second.shutdown()
      })
      const uid = randomUUID()
      const stream = streamOn(second, uid)
      cleanup(() => stream.close())
      await second.subscribe({
        uid,
        channel: 'users/42',
        context: {} as HttpContext,
        skipAuthorization: true,
      })

      const deadline = Date.now() + 10_000
      while (!stream.received.some((chunk) => chunk.includes('"hello"')) && Date.now() < deadline) {
        first.broadcast('users/42', { type: 'hello', data: {} })
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      const frame = stream.received.find((chunk) => chunk.includes('"hello"'))
      assert.exists(frame, `the broadcast crossed instances through ${kind}`)
      assert.deepEqual(JSON.parse(frame!.replace(/^data: /, '')), {
        channel: 'users/42',
        payload: { type: 'hello', data: {} },
      })
    }).skip(...unavailable(kind))
  }
})
