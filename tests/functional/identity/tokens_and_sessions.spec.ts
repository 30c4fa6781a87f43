import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import db from '@adonisjs/lucid/services/db'
import type { ApiClient } from '@japa/api-client'
import type User from '#identity/models/user'
import { TEST_PASSWORD } from '#database/factories/user_factory'
import { createAgency } from '#tests/helpers/organizations'

async function tokenFor(client: ApiClient, user: User, deviceName = 'iPhone 17') {
  const response = await client
    .post('/api/v1/auth/login')
    .json({ email: user.email, password: TEST_PASSWORD, deviceName })
  response.assertStatus(200)
  return response.body().accessToken as string
}

async function personalToken(client: ApiClient, appToken: string, abilities: string[]) {
  const response = await client
    .post('/api/v1/me/tokens')
    .bearerToken(appToken)
    .json({ name: 'Portal sync', abilities })
  response.assertStatus(201)
  return response.body() as { data: { id: number }; token: string }
}

test.group('Personal access tokens and devices', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('a personal token is shown once, stored hashed and listed without its value', async ({
    client,
    assert,
  }) => {
    const { admin } = await createAgency()
    const appToken = await tokenFor(client, admin)
    const created = await personalToken(client, appToken, ['users:read'])
    assert.match(created.token, /^npt_/)

    const list = await client.get('/api/v1/me/tokens').bearerToken(appToken)
    list.assertBodyContains({
      data: [{ id: created.data.id, name: 'Portal sync', abilities: ['users:read'] }],
    })
    assert.notInclude(list.text(), created.token)
    const rows = await db.from('auth_access_tokens').where('type', 'personal_token')
    assert.notInclude(JSON.stringify(rows), created.token.split('.').at(-1)!)
  })

  test('a token lacking an ability gets 403, one holding it goes through', async ({ client }) => {
    const { admin, broker } = await createAgency()
    const appToken = await tokenFor(client, admin)
    const readOnly = await personalToken(client, appToken, ['users:read'])

    const read = await client.get('/api/v1/users').bearerToken(readOnly.token)
    read.assertStatus(200)
    const write = await client
      .patch(`/api/v1/users/${broker.id}`)
      .bearerToken(readOnly.token)
      .json({ role: 'manager' })
    write.assertStatus(403)
    write.assertBodyContains({ errors: [{ code: 'E_TOKEN_ABILITY' }] })

    const writer = await personalToken(client, appToken, ['users:write'])
    const allowed = await client
      .patch(`/api/v1/users/${broker.id}`)
      .bearerToken(writer.token)
      .json({ role: 'manager' })
    allowed.assertStatus(200)
  })

  test('token abilities never lift role permissions', async ({ client }) => {
    const { broker } = await createAgency()
    const appToken = await tokenFor(client, broker)
    const token = await personalToken(client, appToken, ['users:read'])
    const response = await client.get('/api/v1/users').bearerToken(token.token)
    response.assertStatus(403)
  })

  test('a revoked or expired personal token stops working', async ({ client }) => {
    const { admin } = await createAgency()
    const appToken = await tokenFor(client, admin)
    const token = await personalToken(client, appToken, ['users:read'])
    const revoke = await client.delete(`/api/v1/me/tokens/${token.data.id}`).bearerToken(appToken)
    revoke.assertStatus(204)
    const after = await client.get('/api/v1/users').bearerToken(token.token)
    after.assertStatus(401)

    const expiring = await client
      .post('/api/v1/me/tokens')
      .bearerToken(appToken)
      .json({ name: 'Short', abilities: ['users:read'], expiresAt: '2020-01-01T00:00:00.000Z' })
    expiring.assertStatus(422)
  })

  test('sessions list web sessions and app devices, and one can be revoked', async ({
    client,
    assert,
  }) => {
    const { broker } = await createAgency()
    const phone = await tokenFor(client, broker, 'Galaxy S26')
    const tablet = await tokenFor(client, broker, 'iPad')

    const list = await client.get('/api/v1/me/sessions').bearerToken(phone)
    list.assertStatus(200)
    const devices = list.body().data as {
      id: string
      deviceName: string
      current: boolean
      kind: string
    }[]
    assert.sameMembers(
      devices.map((device) => device.deviceName),
      ['Galaxy S26', 'iPad']
    )
    assert.isTrue(devices.find((device) => device.deviceName === 'Galaxy S26')!.current)

    const ipad = devices.find((device) => device.deviceName === 'iPad')!
    const revoke = await client.delete(`/api/v1/me/sessions/${ipad.id}`).bearerToken(phone)
    revoke.assertStatus(204)
    const revoked = await client.get('/api/v1/me').bearerToken(tablet)
    revoked.assertStatus(401)

    const unknown = await client.delete('/api/v1/me/sessions/api_nope').bearerToken(phone)
    unknown.assertStatus(404)
  })
})
