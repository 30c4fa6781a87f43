import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor } from '#tests/helpers/api'
import Lead from '#crm/models/lead'
import { Fanout, measureBroadcasts, type Frame } from '../../../bench/sse/fanout.ts'

const CLIENTS = 20

test.group('Real time: fan-out to many streams (the core of `npm run bench -- sse`)', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('each lead a manager creates reaches every subscribed stream of the organization, and only those', async ({
    client,
    assert,
    cleanup,
  }) => {
    const { organization, manager, broker } = await createAgency()
    const other = await createAgency()
    const url = `http://${process.env.HOST}:${process.env.PORT}`
    const createdLead = (frame: Frame) =>
      frame.payload.type === 'record.changed' && frame.payload.data.resource === 'leads'
        ? String(frame.payload.data.id)
        : null

    const members = new Fanout({
      target: { url, token: await bearerFor(broker) },
      channel: `organizations/${organization.id}`,
      clients: CLIENTS,
      keyOf: createdLead,
      concurrency: 5,
    })
    cleanup(() => members.close())
    const outsiders = new Fanout({
      target: { url, token: await bearerFor(other.broker) },
      channel: `organizations/${other.organization.id}`,
      clients: 2,
      keyOf: createdLead,
    })
    cleanup(() => outsiders.close())
    await members.connect()
    await outsiders.connect()
    assert.deepEqual(members.failures, [])
    assert.equal(members.connected, CLIENTS)
    assert.equal(outsiders.connected, 2)

    const managerToken = await bearerFor(manager)
    const broadcasts = await measureBroadcasts(members, {
      count: 3,
      pauseMs: 0,
      timeoutMs: 10_000,
      trigger: async (index) => {
        const response = await client
          .post('/api/v1/leads')
          .bearerToken(managerToken)
          .json({ name: `Fan-out ${index}` })
        response.assertStatus(201)
        return String(response.body().data.id)
      },
    })

    const leads = await Lead.query().where('organizationId', organization.id).orderBy('id')
    assert.deepEqual(
      broadcasts.map((broadcast) => broadcast.key),
      leads.map((lead) => String(lead.id))
    )
    for (const broadcast of broadcasts) {
      assert.lengthOf(broadcast.latencies, CLIENTS)
      for (const latency of broadcast.latencies) assert.isAbove(latency, 0)
    }
    assert.lengthOf(await outsiders.arrivalsOf(broadcasts[0].key, 200), 0)
    assert.equal(members.dropped, 0)
  })
})
