import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import limiter from '@adonisjs/limiter/services/main'
import { UserFactory, TEST_PASSWORD } from '#database/factories/user_factory'
import { createAgency } from '#tests/helpers/organizations'

test.group('Login', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('the login page renders for guests', async ({ client }) => {
    const response = await client.get('/login').withInertia()
    response.assertStatus(200)
    response.assertInertiaComponent('auth/login')
  })

  test('a manager signs in and lands on the dashboard', async ({ client, assert }) => {
    const { manager, organization } = await createAgency()

    const login = await client
      .post('/login')
      .withCsrfToken()
      .form({ email: manager.email.toUpperCase(), password: TEST_PASSWORD })
      .redirects(0)
    login.assertStatus(302)
    login.assertHeader('location', '/')
    assert.equal(login.session().auth_web, manager.id)

    const dashboard = await client.get('/').loginAs(manager).withInertia()
    dashboard.assertStatus(200)
    dashboard.assertHeader('cache-control', 'no-store')
    dashboard.assertInertiaComponent('dashboard')
    assert.equal(dashboard.inertiaProps.user.email, manager.email)
    assert.equal(dashboard.inertiaProps.organization.name, organization.name)
  })

  test('a wrong password is refused with the same error as an unknown e-mail', async ({
    client,
  }) => {
    const { broker } = await createAgency()

    for (const email of [broker.email, 'nobody@example.test']) {
      const response = await client
        .post('/login')
        .withCsrfToken()
        .header('referer', '/login')
        .form({ email, password: 'Wrong-pass-123!' })
        .redirects(0)
      response.assertStatus(302)
      response.assertHeader('location', '/login')
      response.assertFlashMessage('errorsBag', {
        E_INVALID_CREDENTIALS: 'These credentials do not match our records',
      })
    }
  })

  test('a disabled user cannot sign in, and is told so only with the right password', async ({
    client,
  }) => {
    const user = await UserFactory.with('organization').apply('disabled').create()
    const response = await client
      .post('/login')
      .withCsrfToken()
      .header('referer', '/login')
      .form({ email: user.email, password: TEST_PASSWORD })
      .redirects(0)
    response.assertHeader('location', '/login')
    response.assertFlashMessage('errorsBag', {
      E_ACCOUNT_DISABLED: 'This account has been disabled',
    })
  })

  test('a malformed login shows localized field errors', async ({ client }) => {
    const response = await client
      .post('/login')
      .withCsrfToken()
      .header('referer', '/login')
      .header('accept-language', 'ar')
      .form({ email: 'not-an-email', password: '' })
      .redirects(0)
    response.assertStatus(302)
    response.assertFlashMessage('inputErrorsBag', {
      email: ['يجب أن يكون البريد الإلكتروني بريدًا إلكترونيًا صالحًا'],
      password: ['حقل كلمة المرور مطلوب'],
    })
  })

  test('"remember me" keeps the user signed in with a long-lived token', async ({
    client,
    assert,
  }) => {
    const { broker } = await createAgency()
    const response = await client
      .post('/login')
      .withCsrfToken()
      .form({ email: broker.email, password: TEST_PASSWORD, remember: 'true' })
      .redirects(0)
    response.assertHeader('location', '/')
    const cookie = response.cookie('remember_web')
    assert.exists(cookie?.value)
    assert.isAbove(cookie!.maxAge!, 29 * 24 * 3600)
    const rows = await db.from('remember_me_tokens').where('tokenable_id', broker.id)
    assert.lengthOf(rows, 1)
  })

  test('the sixth failed sign-in in a minute is refused on the form itself', async ({ client }) => {
    const { broker } = await createAgency()
    let response
    for (let attempt = 1; attempt <= 6; attempt++) {
      response = await client
        .post('/login')
        .withCsrfToken()
        .header('referer', '/login')
        .form({ email: broker.email, password: 'Wrong-pass-123!' })
        .redirects(0)
    }
    response!.assertHeader('location', '/login')
    response!.assertFlashMessage('errorsBag', {
      E_TOO_MANY_REQUESTS: 'Too many requests. Please try again later',
    })
  })

  test('guests are sent to the login page', async ({ client }) => {
    const response = await client.get('/').redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/login')
  })

  test('logging out ends the session', async ({ client, assert }) => {
    const { broker } = await createAgency()
    const response = await client.post('/logout').loginAs(broker).withCsrfToken().redirects(0)
    response.assertHeader('location', '/login')
    assert.notProperty(response.session(), 'auth_web')
  })
})
