import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import db from '@adonisjs/lucid/services/db'
import type { ApiClient } from '@japa/api-client'
import User from '#identity/models/user'
import identityConfig from '#config/identity'
import { TEST_PASSWORD } from '#database/factories/user_factory'
import { createAgency } from '#tests/helpers/organizations'

async function signIn(client: ApiClient, email: string, password = TEST_PASSWORD) {
  const response = await client.post('/api/v1/auth/login').json({ email, password })
  response.assertStatus(200)
  return response.body() as { accessToken: string; refreshToken: string }
}

function signup(client: ApiClient, body: Record<string, unknown>) {
  return client.post('/api/v1/auth/signup').json({
    organizationName: 'وكالة الرياض العقارية',
    name: 'Mona Al-Qahtani',
    email: 'mona@riyadh-homes.test',
    password: 'Dune-Palm-42!',
    locale: 'ar',
    ...body,
  })
}

test.group('Accounts', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('sign-up creates the agency and its owner, signed in', async ({ client, assert }) => {
    const response = await signup(client, {})
    response.assertStatus(201)
    const body = response.body()
    assert.match(body.accessToken, /^nat_/)
    assert.equal(body.data.user.role, 'owner')
    assert.equal(body.data.organization.name, 'وكالة الرياض العقارية')
    assert.equal(body.data.organization.defaultLocale, 'ar')
    assert.match(body.data.organization.slug, /^[a-z0-9-]+-[0-9a-f]{6}$/)

    const me = await client.get('/api/v1/me').bearerToken(body.accessToken)
    me.assertBodyContains({ data: { email: 'mona@riyadh-homes.test', role: 'owner' } })
  })

  test('sign-up can be switched off', async ({ client, cleanup }) => {
    identityConfig.signupEnabled = false
    cleanup(() => {
      identityConfig.signupEnabled = true
    })
    const response = await signup(client, {})
    response.assertStatus(403)
    response.assertBodyContains({ errors: [{ code: 'E_SIGNUP_DISABLED' }] })
  })

  test('sign-up refuses a taken e-mail and weak passwords, field by field', async ({ client }) => {
    const { broker } = await createAgency()
    const cases: [Record<string, string>, string, string][] = [
      [{ email: broker.email.toUpperCase() }, 'email', 'E-mail is already taken'],
      [{ password: 'Sh0rt!' }, 'password', 'Password must be at least 8 characters'],
      [{ password: 'lowercase-only-1!' }, 'password', 'Password must contain an uppercase letter'],
      [{ password: 'No-Digits-Here!' }, 'password', 'Password must contain a digit'],
      [{ password: 'NoSymbols12345' }, 'password', 'Password must contain a symbol'],
      [{ password: 'P@ssw0rd' }, 'password', 'Password is too common, choose another one'],
    ]
    for (const [body, field, message] of cases) {
      const response = await signup(client, body)
      response.assertStatus(422)
      response.assertBodyContains({ errors: [{ field, message, code: 'E_VALIDATION_ERROR' }] })
    }
  })

  test('password change needs the current password and signs out every other device', async ({
    client,
    assert,
  }) => {
    const { broker } = await createAgency()
    const phone = await signIn(client, broker.email)
    const laptop = await signIn(client, broker.email)

    const wrong = await client
      .put('/api/v1/me/password')
      .bearerToken(phone.accessToken)
      .header('accept-language', 'ar')
      .json({ currentPassword: 'Not-mine-123!', password: 'New-Secret-789!' })
    wrong.assertStatus(422)
    wrong.assertBodyContains({
      errors: [{ field: 'currentPassword', message: 'كلمة المرور الحالية غير صحيحة' }],
    })

    const changed = await client
      .put('/api/v1/me/password')
      .bearerToken(phone.accessToken)
      .json({ currentPassword: TEST_PASSWORD, password: 'New-Secret-789!' })
    changed.assertStatus(204)

    const stillIn = await client.get('/api/v1/me').bearerToken(phone.accessToken)
    stillIn.assertStatus(200)
    const signedOut = await client.get('/api/v1/me').bearerToken(laptop.accessToken)
    signedOut.assertStatus(401)
    const laptopRefresh = await client
      .post('/api/v1/auth/refresh')
      .json({ refreshToken: laptop.refreshToken })
    laptopRefresh.assertStatus(401)

    const saved = await User.findOrFail(broker.id)
    assert.isTrue(await saved.verifyPassword('New-Secret-789!'))
    const audit = await db.from('audit_logs').where('action', 'auth.password_changed').first()
    assert.equal(audit.actor_id, broker.id)
    assert.notInclude(JSON.stringify(audit), 'New-Secret-789!')
  })
})
