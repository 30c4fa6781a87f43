import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import db from '@adonisjs/lucid/services/db'
import { COUNT_CAP } from '#resources/engine/list_records'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor } from '#tests/helpers/api'

test.group('List counting', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('totals are exact up to the cap, then capped and flagged', async ({ client, assert }) => {
    const { organization, manager } = await createAgency()
    await db.rawQuery(
      `INSERT INTO contacts (organization_id, name, tags, custom, created_at, updated_at)
       SELECT ?, 'Contact ' || n, '{}', '{}', now(), now() FROM generate_series(1, ?) AS n`,
      [organization.id, COUNT_CAP + 5]
    )
    const token = await bearerFor(manager)
    const all = await client.get('/api/v1/contacts?perPage=100&page=2').bearerToken(token)
    all.assertStatus(200)
    assert.deepEqual(all.body().meta, {
      total: COUNT_CAP,
      perPage: 100,
      currentPage: 2,
      lastPage: COUNT_CAP / 100,
      totalCapped: true,
    })
    assert.lengthOf(all.body().data, 100)

    const some = await client.get('/api/v1/contacts?q=Contact 9999').bearerToken(token)
    assert.deepEqual(some.body().meta, { total: 1, perPage: 25, currentPage: 1, lastPage: 1 })
  })

  test('a page past the last one is empty and still tells the total', async ({
    client,
    assert,
  }) => {
    const { organization, manager } = await createAgency()
    const other = await createAgency()
    for (const { id } of [organization, other.organization]) {
      await db.rawQuery(
        `INSERT INTO contacts (organization_id, name, tags, custom, created_at, updated_at)
         SELECT ?, 'Contact ' || n, '{}', '{}', now(), now() FROM generate_series(1, 3) AS n`,
        [id]
      )
    }
    const token = await bearerFor(manager)
    const past = await client.get('/api/v1/contacts?perPage=2&page=5').bearerToken(token)
    past.assertStatus(200)
    assert.deepEqual(past.body(), {
      data: [],
      meta: { total: 3, perPage: 2, currentPage: 5, lastPage: 2 },
    })
    const none = await client.get('/api/v1/contacts?q=nobody').bearerToken(token)
    assert.deepEqual(none.body(), {
      data: [],
      meta: { total: 0, perPage: 25, currentPage: 1, lastPage: 1 },
    })
    const last = await client.get('/api/v1/contacts?perPage=2&page=2').bearerToken(token)
    assert.lengthOf(last.body().data, 1)
    assert.equal(last.body().meta.total, 3)
    assert.notProperty(last.body().data[0], 'nova_list_total')
  })

  test('lead totals come exact from the maintained counts, past the cap and after every change', async ({
    client,
    assert,
  }) => {
    const { organization, owner, manager, broker } = await createAgency()
    const other = await createAgency()
    const insertLeads = (organizationId: number, status: string, count: number, ownerId: number) =>
      db.rawQuery(
        `INSERT INTO leads (organization_id, name, status, owner_id, created_at, updated_at)
         SELECT ?, 'Lead ' || n, ?, ?, now(), now() FROM generate_series(1, ?) AS n`,
        [organizationId, status, ownerId, count]
      )
    await insertLeads(organization.id, 'new', COUNT_CAP + 3, manager.id)
    await insertLeads(organization.id, 'contacted', 2, broker.id)
    await insertLeads(other.organization.id, 'new', 7, other.manager.id)
    const token = await bearerFor(manager)
    const metaOf = async (query: string, bearer = token) => {
      const response = await client.get(`/api/v1/leads?perPage=100&${query}`).bearerToken(bearer)
      assert.equal(response.status(), 200, JSON.stringify(response.body()))
      return response.body().meta
    }
    const totalOf = async (query: string, bearer = token) => {
      const meta = await metaOf(query, bearer)
      return meta.total
    }

    assert.deepEqual(await metaOf('filter[status]=new&sort=-createdAt'), {
      total: COUNT_CAP + 3,
      perPage: 100,
      currentPage: 1,
      lastPage: Math.ceil((COUNT_CAP + 3) / 100),
    })
    assert.equal(await totalOf(''), COUNT_CAP + 5)
    assert.equal(await totalOf('filter[status][in]=contacted,won'), 2)
    assert.equal(await totalOf('filter[status][eq]=contacted'), 2)

    const firstLeadOf = (status: string) =>
      db
        .from('leads')
        .where({ organization_id: organization.id, status })
        .orderBy('id')
        .firstOrFail()
    const trashed = await firstLeadOf('new')
    await client
      .delete(`/api/v1/leads/${trashed.id}`)
      .bearerToken(token)
      .then((response) => response.assertStatus(204))
    const moved = await firstLeadOf('contacted')
    await client
      .patch(`/api/v1/leads/${moved.id}`)
      .bearerToken(token)
      .json({ status: 'qualified' })
      .then((response) => response.assertStatus(200))
    assert.equal(await totalOf('filter[status]=new'), COUNT_CAP + 2)
    assert.equal(await totalOf('filter[status]=contacted'), 1)
    assert.equal(await totalOf('filter[status]=qualified'), 1)

    // other filters, search, the trash and a broker's own leads are counted row by row
    assert.deepEqual(await metaOf('filter[status]=new&filter[ownerId]=' + manager.id), {
      total: COUNT_CAP,
      perPage: 100,
      currentPage: 1,
      lastPage: COUNT_CAP / 100,
      totalCapped: true,
    })
    assert.equal(await totalOf('q=Lead 10003'), 1)
    assert.equal(await totalOf('trash=true', await bearerFor(owner)), 1)
    assert.equal(await totalOf('', await bearerFor(broker)), 2)
  }).timeout(20_000)
})
