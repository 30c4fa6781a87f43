import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import db from '@adonisjs/lucid/services/db'
import Organization from '#identity/models/organization'
import { TEST_PASSWORD } from '#database/factories/user_factory'
import { createAgency } from '#tests/helpers/organizations'

test.group('Organization settings and the two-factor policy', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('an owner changes the settings, audited; a manager cannot', async ({ client, assert }) => {
    const { owner, manager, organization } = await createAgency()
    const response = await client
      .patch('/settings')
      .loginAs(owner)
      .withCsrfToken()
      .json({
        name: 'Nova Realty Jeddah',
        currency: 'sar',
        requireTwoFactor: 'admins',
        slug: 'hijack',
      })
      .redirects(0)
    response.assertHeader('location', '/settings')
    const saved = await Organization.findOrFail(organization.id)
    assert.equal(saved.name, 'Nova Realty Jeddah')
    assert.equal(saved.currency, 'SAR')
    assert.equal(saved.requireTwoFactor, 'admins')
    assert.equal(saved.slug, organization.slug)
    const entry = await db.from('audit_logs').where('action', 'organization.updated').firstOrFail()
    assert.equal(entry.changes.after.requireTwoFactor, 'admins')

    const denied = await client.get('/settings').loginAs(manager).withInertia()
    denied.assertStatus(403)
  })

  test('when required, users without 2FA are walked to their profile', async ({ client }) => {
    const { admin, broker, organization } = await createAgency()
    organization.requireTwoFactor = 'admins'
    await organization.save()

    const adminHome = await client.get('/').loginAs(admin).redirects(0)
    adminHome.assertHeader('location', '/profile')
    adminHome.assertFlashMessage(
      'error',
      'Your organization requires two-factor authentication: set it up first'
    )
    const profile = await client.get('/profile').loginAs(admin).withInertia()
    profile.assertStatus(200)

    const brokerHome = await client.get('/').loginAs(broker).withInertia()
    brokerHome.assertStatus(200)
  })

  test('the API refuses everything but 2FA setup until it is done', async ({ client }) => {
    const { broker, organization } = await createAgency()
    organization.requireTwoFactor = 'everyone'
    await organization.save()
    const login = await client
      .post('/api/v1/auth/login')
      .json({ email: broker.email, password: TEST_PASSWORD })
    const { accessToken } = login.body()

    const sessions = await client.get('/api/v1/me/sessions').bearerToken(accessToken)
    sessions.assertStatus(403)
    sessions.assertBodyContains({ errors: [{ code: 'E_TWO_FACTOR_REQUIRED' }] })
    const me = await client.get('/api/v1/me').bearerToken(accessToken)
    me.assertStatus(200)
    const setup = await client.post('/api/v1/me/two-factor/setup').bearerToken(accessToken)
    setup.assertStatus(200)
  })
})
