import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import testUtils from '@adonisjs/core/services/test_utils'
import Lead from '#crm/models/lead'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor } from '#tests/helpers/api'

/** The SQL the app sends while `work` runs. */
async function queriesDuring(work: () => Promise<unknown>) {
  const knex = db.connection().getWriteClient()
  const sent: string[] = []
  const listener = (query: { sql: string }) => sent.push(query.sql)
  knex.on('query', listener)
  try {
    await work()
  } finally {
    knex.off('query', listener)
  }
  return sent
}

const readsUsers = (sql: string) => /from "users"/.test(sql) && !/auth_access_tokens/.test(sql)

test.group('Relation titles', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test("the acting user's own name needs no query; others' names are read", async ({
    client,
    assert,
  }) => {
    const { organization, manager, broker } = await createAgency()
    const managerToken = await bearerFor(manager)
    const brokerToken = await bearerFor(broker)

    let created: any
    const own = await queriesDuring(async () => {
      created = await client
        .post('/api/v1/leads')
        .bearerToken(brokerToken)
        .json({ name: 'Huda Salem', source: 'website' })
    })
    created.assertStatus(201)
    assert.deepEqual(created.body().data.owner, { id: broker.id, title: broker.name })
    assert.isFalse(own.some(readsUsers), 'no users query for the broker themself')

    await Lead.create({
      organizationId: organization.id,
      name: 'Kareem Nasser',
      ownerId: broker.id,
      assigneeId: manager.id,
      custom: {},
    })
    let listed: any
    const mixed = await queriesDuring(async () => {
      listed = await client
        .get('/api/v1/leads')
        .qs({ sort: 'name', q: 'Kareem' })
        .bearerToken(managerToken)
    })
    listed.assertStatus(200)
    const [lead] = listed.body().data
    assert.deepEqual(lead.owner, { id: broker.id, title: broker.name })
    assert.deepEqual(lead.assignee, { id: manager.id, title: manager.name })
    assert.equal(mixed.filter(readsUsers).length, 1, "one users query for the broker's name")
  })
})
