import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import db from '@adonisjs/lucid/services/db'
import type { ApiClient } from '@japa/api-client'
import User from '#identity/models/user'
import { TEST_PASSWORD } from '#database/factories/user_factory'
import { createAgency } from '#tests/helpers/organizations'

async function tokenFor(client: ApiClient, user: User) {
  const response = await client
    .post('/api/v1/auth/login')
    .json({ email: user.email, password: TEST_PASSWORD })
  response.assertStatus(200)
  return response.body().accessToken as string
}

test.group('Organization administration', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('an admin lists the users of their own agency, paged', async ({ client, assert }) => {
    const riyadh = await createAgency()
    await createAgency()
    const token = await tokenFor(client, riyadh.admin)

    const response = await client.get('/api/v1/users?perPage=2').bearerToken(token)
    response.assertStatus(200)
    const body = response.body()
    assert.deepEqual(body.meta, { total: 4, perPage: 2, currentPage: 1, lastPage: 2 })
    assert.lengthOf(body.data, 2)
    assert.notMatch(response.text(), /password|twoFactorSecret/)
  })

  test("another agency's user is not found, never forbidden", async ({ client, assert }) => {
    const riyadh = await createAgency()
    const dubai = await createAgency()
    const token = await tokenFor(client, riyadh.owner)

    const show = await client.get(`/api/v1/users/${dubai.broker.id}`).bearerToken(token)
    show.assertStatus(404)
    const update = await client
      .patch(`/api/v1/users/${dubai.broker.id}`)
      .bearerToken(token)
      .json({ status: 'disabled' })
    update.assertStatus(404)
    const untouched = await User.findOrFail(dubai.broker.id)
    assert.equal(untouched.status, 'active')
  })

  test('a broker cannot administer users, and the denial is in the security log', async ({
    client,
    assert,
  }) => {
    const { broker } = await createAgency()
    const token = await tokenFor(client, broker)
    const response = await client.get('/api/v1/users').bearerToken(token)
    response.assertStatus(403)
    response.assertBodyContains({ errors: [{ code: 'E_AUTHORIZATION_FAILURE' }] })

    const denial = await db.from('security_logs').where('event', 'access_denied').firstOrFail()
    assert.equal(denial.user_id, broker.id)
    assert.equal(denial.details.url, '/api/v1/users')
  })

  test('a manager cannot make anyone an owner', async ({ client }) => {
    const { manager, broker } = await createAgency()
    const token = await tokenFor(client, manager)
    const response = await client
      .patch(`/api/v1/users/${broker.id}`)
      .bearerToken(token)
      .json({ role: 'owner' })
    response.assertStatus(403)
  })

  test('an admin can neither grant ownership nor touch an owner', async ({ client }) => {
    const { admin, owner, broker } = await createAgency()
    const token = await tokenFor(client, admin)
    const promote = await client
      .patch(`/api/v1/users/${broker.id}`)
      .bearerToken(token)
      .json({ role: 'owner' })
    promote.assertStatus(403)
    const demote = await client
      .patch(`/api/v1/users/${owner.id}`)
      .bearerToken(token)
      .json({ role: 'broker' })
    demote.assertStatus(403)
  })

  test('the last owner cannot be demoted, disabled or deleted', async ({ client }) => {
    const { owner } = await createAgency()
    const token = await tokenFor(client, owner)
    for (const change of [{ role: 'admin' }, { status: 'disabled' }]) {
      const response = await client
        .patch(`/api/v1/users/${owner.id}`)
        .bearerToken(token)
        .json(change)
      response.assertStatus(409)
      response.assertBodyContains({ errors: [{ code: 'E_LAST_OWNER' }] })
    }
  })

  test('a role change is audited with before and after', async ({ client, assert }) => {
    const { admin, broker } = await createAgency()
    const token = await tokenFor(client, admin)
    const response = await client
      .patch(`/api/v1/users/${broker.id}`)
      .bearerToken(token)
      .json({ role: 'manager' })
    response.assertStatus(200)
    response.assertBodyContains({ data: { id: broker.id, role: 'manager' } })

    const entry = await db.from('audit_logs').where('action', 'user.role_changed').firstOrFail()
    assert.equal(entry.actor_id, admin.id)
    assert.equal(entry.entity_id, String(broker.id))
    assert.deepEqual(entry.changes, { before: { role: 'broker' }, after: { role: 'manager' } })
  })

  test('the audit log cannot be edited or erased', async ({ client, assert }) => {
    const { admin, broker } = await createAgency()
    const token = await tokenFor(client, admin)
    await client.patch(`/api/v1/users/${broker.id}`).bearerToken(token).json({ role: 'manager' })
    // Each attempt in its own savepoint: a refused statement aborts its transaction.
    await assert.rejects(
      () => db.transaction((trx) => trx.from('audit_logs').update({ action: 'nothing' })),
      /append-only/
    )
    await assert.rejects(
      () => db.transaction((trx) => trx.from('audit_logs').delete()),
      /append-only/
    )
  })

  test('disabling a user cuts their tokens at once', async ({ client }) => {
    const { admin, broker } = await createAgency()
    const brokerToken = await tokenFor(client, broker)
    const adminToken = await tokenFor(client, admin)
    const response = await client
      .patch(`/api/v1/users/${broker.id}`)
      .bearerToken(adminToken)
      .json({ status: 'disabled' })
    response.assertStatus(200)
    const after = await client.get('/api/v1/me').bearerToken(brokerToken)
    after.assertStatus(401)
  })

  test('an admin grants extra permissions that show in /me', async ({ client, assert }) => {
    const { admin, manager } = await createAgency()
    const token = await tokenFor(client, admin)
    const response = await client
      .put(`/api/v1/users/${manager.id}/permissions`)
      .bearerToken(token)
      .json({ permissions: ['audit.viewAny'] })
    response.assertStatus(200)
    response.assertBodyContains({ data: { grants: ['audit.viewAny'] } })

    const managerToken = await tokenFor(client, manager)
    const me = await client.get('/api/v1/me').bearerToken(managerToken)
    assert.include(me.body().data.permissions, 'audit.viewAny')

    const entry = await db
      .from('audit_logs')
      .where('action', 'user.permissions_changed')
      .firstOrFail()
    assert.deepEqual(entry.changes.after, { grants: ['audit.viewAny'] })
  })

  test('nobody grants what they do not hold; unknown permissions are refused', async ({
    client,
  }) => {
    const { manager, broker, admin } = await createAgency()
    const managerToken = await tokenFor(client, manager)
    const byManager = await client
      .put(`/api/v1/users/${broker.id}/permissions`)
      .bearerToken(managerToken)
      .json({ permissions: ['users.viewAny'] })
    byManager.assertStatus(403)

    const adminToken = await tokenFor(client, admin)
    const unknown = await client
      .put(`/api/v1/users/${broker.id}/permissions`)
      .bearerToken(adminToken)
      .json({ permissions: ['rockets.launch'] })
    unknown.assertStatus(422)
  })

  test('an owner deletes a user, but not themselves', async ({ client, assert }) => {
    const { owner, broker } = await createAgency()
    const token = await tokenFor(client, owner)
    const self = await client.delete(`/api/v1/users/${owner.id}`).bearerToken(token)
    self.assertStatus(403)
    const response = await client.delete(`/api/v1/users/${broker.id}`).bearerToken(token)
    response.assertStatus(204)
    assert.isNull(await User.find(broker.id))
  })
})
