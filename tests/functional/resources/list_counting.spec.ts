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
})
