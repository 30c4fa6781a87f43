import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import db from '@adonisjs/lucid/services/db'
import User from '#identity/models/user'
import { TEST_PASSWORD } from '#database/factories/user_factory'
import { createAgency } from '#tests/helpers/organizations'
import type { ApiClient } from '@japa/api-client'
import app from '@adonisjs/core/services/app'
import { SessionCollection } from '@adonisjs/session'

function login(client: ApiClient, email: string, password = TEST_PASSWORD) {
  return client.post('/api/v1/auth/login').json({ email, password, deviceName: 'Pixel 9' })
}

async function signIn(client: ApiClient, email: string) {
  const response = await login(client, email)
  response.assertStatus(200)
  return response.body() as { accessToken: string; refreshToken: string }
}

function me(client: ApiClient, accessToken: string) {
  return client.get('/api/v1/me').bearerToken(accessToken)
}

function refresh(client: ApiClient, refreshToken: string) {
  return client.post('/api/v1/auth/refresh').json({ refreshToken })
}

async function expectStatus(
  request: Promise<{ assertStatus(status: number): void }>,
  status: number
) {
  const response = await request
  response.assertStatus(status)
}

test.group('API sign-in', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('login returns the user, an access token, a refresh token and its expiry', async ({
    client,
    assert,
  }) => {
    const { manager, organization } = await createAgency()
    const response = await login(client, manager.email)
    response.assertStatus(200)
    const body = response.body()
    assert.match(body.accessToken, /^nat_/)
    assert.match(body.refreshToken, /^nrt_/)
    const ttl = new Date(body.expiresAt).getTime() - Date.now()
    assert.isAbove(ttl, 14 * 60 * 1000)
    assert.isAtMost(ttl, 15 * 60 * 1000)
    assert.containSubset(body.data, {
      id: manager.id,
      email: manager.email,
      role: 'manager',
      organization: { id: organization.id, name: organization.name, slug: organization.slug },
      twoFactorEnabled: false,
    })
    assert.include(body.data.permissions, 'users.viewAny')
    assert.notMatch(response.text(), /password|twoFactorSecret|organizationId/)
    response.assertHeader('x-ratelimit-limit', '300')
  })

  test('tokens are stored hashed', async ({ client, assert }) => {
    const { broker } = await createAgency()
    const { accessToken, refreshToken } = await signIn(client, broker.email)
    const stored = JSON.stringify([
      await db.from('auth_access_tokens').where('tokenable_id', broker.id),
      await db.from('refresh_tokens').where('user_id', broker.id),
    ])
    assert.notInclude(stored, accessToken.split('.').at(-1)!)
    assert.notInclude(stored, refreshToken)
  })

  test('unknown e-mail and wrong password get the same 401 body', async ({ client, assert }) => {
    const { broker } = await createAgency()
    const wrong = await login(client, broker.email, 'Wrong-pass-123!')
    const unknown = await login(client, 'nobody@nowhere.test', 'Wrong-pass-123!')
    wrong.assertStatus(401)
    unknown.assertStatus(401)
    assert.deepEqual(wrong.body(), unknown.body())
    assert.deepEqual(wrong.body(), {
      errors: [
        { message: 'These credentials do not match our records', code: 'E_INVALID_CREDENTIALS' },
      ],
    })
    const failures = await db.from('security_logs').where('event', 'login_failed')
    assert.lengthOf(failures, 2)
  })

  test('a disabled user gets 403 E_ACCOUNT_DISABLED and their tokens stop at once', async ({
    client,
  }) => {
    const { broker } = await createAgency()
    const { accessToken } = await signIn(client, broker.email)
    await User.query().where('id', broker.id).update({ status: 'disabled' })

    const denied = await me(client, accessToken)
    denied.assertStatus(403)
    denied.assertBodyContains({ errors: [{ code: 'E_ACCOUNT_DISABLED' }] })

    const again = await login(client, broker.email)
    again.assertStatus(403)
    again.assertBodyContains({ errors: [{ code: 'E_ACCOUNT_DISABLED' }] })
  })

  test('a missing or bogus token is a 401', async ({ client }) => {
    await expectStatus(client.get('/api/v1/me'), 401)
    const bogus = await client.get('/api/v1/me').bearerToken('nat_bogus.value')
    bogus.assertStatus(401)
    bogus.assertBodyContains({ errors: [{ code: 'E_UNAUTHORIZED_ACCESS' }] })
  })

  test('refresh rotates the pair and spends the old refresh token', async ({ client, assert }) => {
    const { broker } = await createAgency()
    const first = await signIn(client, broker.email)

    const rotated = await client
      .post('/api/v1/auth/refresh')
      .json({ refreshToken: first.refreshToken })
    rotated.assertStatus(200)
    const second = rotated.body()
    assert.notEqual(second.refreshToken, first.refreshToken)
    assert.notEqual(second.accessToken, first.accessToken)

    await expectStatus(me(client, second.accessToken), 200)
    await expectStatus(me(client, first.accessToken), 401)
  })

  test('a spent refresh token presented again revokes its whole family', async ({
    client,
    assert,
  }) => {
    const { broker } = await createAgency()
    const first = await signIn(client, broker.email)
    const secondResponse = await refresh(client, first.refreshToken)
    const second = secondResponse.body()

    const replay = await client
      .post('/api/v1/auth/refresh')
      .json({ refreshToken: first.refreshToken })
    replay.assertStatus(401)
    replay.assertBodyContains({ errors: [{ code: 'E_INVALID_REFRESH_TOKEN' }] })

    await expectStatus(refresh(client, second.refreshToken), 401)
    await expectStatus(me(client, second.accessToken), 401)
    const reuse = await db.from('security_logs').where('event', 'refresh_token_reuse')
    assert.isNotEmpty(reuse)
  })

  test('logout revokes the access token and its refresh family', async ({ client }) => {
    const { broker } = await createAgency()
    const tokens = await signIn(client, broker.email)
    await expectStatus(client.post('/api/v1/auth/logout').bearerToken(tokens.accessToken), 204)
    await expectStatus(me(client, tokens.accessToken), 401)
    await expectStatus(refresh(client, tokens.refreshToken), 401)
  })

  test('logout-all revokes every token and web session of the user', async ({ client, assert }) => {
    const { broker } = await createAgency()
    const phone = await signIn(client, broker.email)
    const tablet = await signIn(client, broker.email)
    const web = await client
      .post('/login')
      .withCsrfToken()
      .form({ email: broker.email, password: TEST_PASSWORD, remember: 'true' })
      .redirects(0)
    const webSessionId = web.cookie('nova_session')!.value

    await expectStatus(client.post('/api/v1/auth/logout-all').bearerToken(phone.accessToken), 204)

    await expectStatus(me(client, tablet.accessToken), 401)
    await expectStatus(refresh(client, tablet.refreshToken), 401)
    const collection = await app.container.make(SessionCollection)
    assert.isNull(await collection.get(webSessionId))
    assert.lengthOf(await db.from('remember_me_tokens').where('tokenable_id', broker.id), 0)
  })

  test('PATCH /me changes the profile and nothing else', async ({ client, assert }) => {
    const { broker, organization } = await createAgency()
    const other = await createAgency()
    const { accessToken } = await signIn(client, broker.email)

    const response = await client.patch('/api/v1/me').bearerToken(accessToken).json({
      name: 'Sara Al-Shehri',
      phone: '+966500000001',
      locale: 'ar',
      timezone: 'Asia/Riyadh',
      role: 'owner',
      organizationId: other.organization.id,
      email: 'hijack@example.test',
    })
    response.assertStatus(200)
    const saved = await User.findOrFail(broker.id)
    assert.equal(saved.name, 'Sara Al-Shehri')
    assert.equal(saved.locale, 'ar')
    assert.equal(saved.role, 'broker')
    assert.equal(saved.organizationId, organization.id)
    assert.equal(saved.email, broker.email)

    const audit = await db.from('audit_logs').where('action', 'user.profile_updated').firstOrFail()
    assert.equal(audit.changes.after.name, 'Sara Al-Shehri')
    assert.equal(audit.changes.before.name, broker.name)
  })

  test('PATCH /me refuses bad values with localized field errors', async ({ client }) => {
    const { broker } = await createAgency()
    const { accessToken } = await signIn(client, broker.email)
    const response = await client
      .patch('/api/v1/me')
      .bearerToken(accessToken)
      .header('accept-language', 'ar')
      .json({ timezone: 'Mars/Olympus', phone: '12' })
    response.assertStatus(422)
    response.assertBodyContains({
      errors: [
        { field: 'phone', code: 'E_VALIDATION_ERROR', message: 'صيغة الهاتف غير صالحة' },
        {
          field: 'timezone',
          code: 'E_VALIDATION_ERROR',
          message: 'يجب أن تكون المنطقة الزمنية منطقة زمنية صالحة',
        },
      ],
    })
  })

  test("without Accept-Language the API answers in the user's saved language", async ({
    client,
  }) => {
    const { broker } = await createAgency()
    broker.locale = 'ar'
    await broker.save()
    const { accessToken } = await signIn(client, broker.email)
    const response = await client
      .patch('/api/v1/me')
      .bearerToken(accessToken)
      .json({ timezone: 'Nowhere' })
    response.assertBodyContains({
      errors: [{ message: 'يجب أن تكون المنطقة الزمنية منطقة زمنية صالحة' }],
    })
  })

  test('the sixth failed login in a minute is 429 and then even the right password is refused', async ({
    client,
    assert,
  }) => {
    const { broker } = await createAgency()
    for (let attempt = 1; attempt <= 5; attempt++) {
      await expectStatus(login(client, broker.email, 'Wrong-pass-123!'), 401)
    }
    const blocked = await login(client, broker.email, 'Wrong-pass-123!')
    blocked.assertStatus(429)
    blocked.assertBodyContains({ errors: [{ code: 'E_TOO_MANY_REQUESTS' }] })
    assert.isAbove(Number(blocked.header('retry-after')), 60)

    const rightPassword = await login(client, broker.email)
    rightPassword.assertStatus(429)
    const blocks = await db.from('security_logs').where('event', 'rate_limited')
    assert.lengthOf(blocks, 2)
  })

  test('successful logins reset the per-account counter', async ({ client }) => {
    const { broker } = await createAgency()
    for (let round = 0; round < 3; round++) {
      for (let attempt = 1; attempt <= 4; attempt++) {
        await expectStatus(login(client, broker.email, 'Wrong-pass-123!'), 401)
      }
      await expectStatus(login(client, broker.email), 200)
    }
  })
})
