import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import type { ApiClient } from '@japa/api-client'
import type User from '#identity/models/user'
import { TEST_PASSWORD } from '#database/factories/user_factory'
import { createAgency } from '#tests/helpers/organizations'

async function tokenFor(client: ApiClient, user: User) {
  const response = await client
    .post('/api/v1/auth/login')
    .json({ email: user.email, password: TEST_PASSWORD })
  return response.body().accessToken as string
}

function ids(response: { body(): { data: { id: number }[] } }) {
  return response.body().data.map((user) => user.id)
}

test.group('Sorting, filtering and searching /users', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('filters by field and operator, and sorts descending', async ({ client, assert }) => {
    const { admin, owner, manager, broker } = await createAgency()
    const token = await tokenFor(client, admin)

    const brokers = await client.get('/api/v1/users?filter[role]=broker').bearerToken(token)
    assert.deepEqual(ids(brokers), [broker.id])

    const leaders = await client
      .get('/api/v1/users?filter[role][in]=owner,manager&sort=-role')
      .bearerToken(token)
    assert.deepEqual(ids(leaders), [owner.id, manager.id])

    const notBrokers = await client.get('/api/v1/users?filter[role][ne]=broker').bearerToken(token)
    assert.lengthOf(notBrokers.body().data, 3)
  })

  test('searches name and e-mail with q, literally', async ({ client, assert }) => {
    const { admin, broker } = await createAgency()
    broker.name = 'Sara Al-Shehri'
    await broker.save()
    const token = await tokenFor(client, admin)

    const found = await client.get('/api/v1/users?q=shehri').bearerToken(token)
    assert.deepEqual(ids(found), [broker.id])
    const wildcard = await client.get('/api/v1/users?q=%25').bearerToken(token)
    assert.lengthOf(wildcard.body().data, 0)
  })

  test('unknown or secret fields and bad operators are a 422, never ignored', async ({
    client,
  }) => {
    const { admin } = await createAgency()
    const token = await tokenFor(client, admin)
    for (const [qs, field] of [
      ['sort=password', 'sort'],
      ['filter[password]=x', 'filter[password]'],
      ['filter[twoFactorSecret][null]=false', 'filter[twoFactorSecret]'],
      ['filter[role]=pilot', 'filter[role]'],
      ['filter[name][gte]=a', 'filter[name]'],
      ['filter[createdAt][between]=2026-01-01', 'filter[createdAt]'],
    ]) {
      const response = await client.get(`/api/v1/users?${qs}`).bearerToken(token)
      response.assertStatus(422)
      response.assertBodyContains({ errors: [{ field, code: 'E_VALIDATION_ERROR' }] })
    }
  })
})
