import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import User from '#identity/models/user'
import { TEST_PASSWORD } from '#database/factories/user_factory'
import { createAgency } from '#tests/helpers/organizations'

test.group('Profile page', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('the profile saves only the user own fields', async ({ client, assert }) => {
    const { broker } = await createAgency()
    const response = await client
      .patch('/profile')
      .loginAs(broker)
      .withCsrfToken()
      .json({
        name: 'Fahad Al-Dosari',
        phone: '+966511111111',
        locale: 'ar',
        timezone: 'Asia/Riyadh',
        role: 'owner',
      })
      .redirects(0)
    response.assertHeader('location', '/profile')
    const saved = await User.findOrFail(broker.id)
    assert.equal(saved.name, 'Fahad Al-Dosari')
    assert.equal(saved.locale, 'ar')
    assert.equal(saved.role, 'broker')
  })

  test('a password change signs out the app but keeps this browser', async ({ client }) => {
    const { broker } = await createAgency()
    const app = await client
      .post('/api/v1/auth/login')
      .json({ email: broker.email, password: TEST_PASSWORD })
    const { accessToken } = app.body()

    const response = await client
      .put('/profile/password')
      .loginAs(broker)
      .withCsrfToken()
      .json({ currentPassword: TEST_PASSWORD, password: 'Other-Secret-88!' })
      .redirects(0)
    response.assertHeader('location', '/profile')
    response.assertFlashMessage('success', 'Password changed; your other sessions were signed out')

    const appAfter = await client.get('/api/v1/me').bearerToken(accessToken)
    appAfter.assertStatus(401)
  })

  test('a personal token created on the page is shown once', async ({ client, assert }) => {
    const { admin } = await createAgency()
    const created = await client
      .post('/profile/tokens')
      .loginAs(admin)
      .withCsrfToken()
      .json({ name: 'Website sync', abilities: ['users:read'] })
      .redirects(0)
    const value = created.flashMessages().newToken as string
    assert.match(value, /^npt_/)

    const works = await client.get('/api/v1/users').bearerToken(value)
    works.assertStatus(200)

    const page = await client.get('/profile').loginAs(admin).withInertia()
    page.assertInertiaPropsContains({ newToken: null })
    assert.lengthOf(page.inertiaProps.tokens, 1)
    assert.notInclude(JSON.stringify(page.inertiaProps), value)
  })

  test('an app device is signed out from the page', async ({ client, assert }) => {
    const { broker } = await createAgency()
    const app = await client
      .post('/api/v1/auth/login')
      .json({ email: broker.email, password: TEST_PASSWORD, deviceName: 'Tablet' })
    const page = await client.get('/profile').loginAs(broker).withInertia()
    const tablet = page.inertiaProps.devices.find(
      (device: { deviceName: string }) => device.deviceName === 'Tablet'
    )
    assert.exists(tablet)

    const revoke = await client
      .delete(`/profile/devices/${tablet.id}`)
      .loginAs(broker)
      .withCsrfToken()
      .redirects(0)
    revoke.assertHeader('location', '/profile')
    const after = await client.get('/api/v1/me').bearerToken(app.body().accessToken)
    after.assertStatus(401)
  })
})
