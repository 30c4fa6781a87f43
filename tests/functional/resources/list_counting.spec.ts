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
})
