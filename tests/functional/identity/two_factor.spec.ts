import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import db from '@adonisjs/lucid/services/db'
import type { ApiClient } from '@japa/api-client'
import User from '#identity/models/user'
import { TEST_PASSWORD } from '#database/factories/user_factory'
import { createAgency } from '#tests/helpers/organizations'
import { totpCode } from '#tests/helpers/totp'

function login(client: ApiClient, user: User) {
  return client.post('/api/v1/auth/login').json({ email: user.email, password: TEST_PASSWORD })
}

async function appToken(client: ApiClient, user: User) {
  const response = await login(client, user)
  response.assertStatus(200)
  return response.body().accessToken as string
}

/**
 * Turns two-factor on through the API; returns the secret and recovery codes.
 */
async function enableTwoFactor(client: ApiClient, user: User) {
  const token = await appToken(client, user)
  const setup = await client.post('/api/v1/me/two-factor/setup').bearerToken(token)
  setup.assertStatus(200)
  const { secret } = setup.body()
  const confirm = await client
    .post('/api/v1/me/two-factor/confirm')
    .bearerToken(token)
    .json({ code: totpCode(secret) })
  confirm.assertStatus(200)
  return {
    token,
    secret: secret as string,
    recoveryCodes: confirm.body().recoveryCodes as string[],
  }
}

async function challengeFor(client: ApiClient, user: User) {
  const response = await login(client, user)
  response.assertStatus(200)
  response.assertBodyContains({ twoFactorRequired: true })
  return response.body().challenge as string
}

test.group('Two-factor authentication', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('setup gives a secret, an otpauth URL and a QR code; confirming enables it', async ({
    client,
    assert,
  }) => {
    const { broker } = await createAgency()
    const token = await appToken(client, broker)
    const setup = await client.post('/api/v1/me/two-factor/setup').bearerToken(token)
    const { secret, otpauthUrl, qrSvg } = setup.body()
    assert.match(secret, /^[A-Z2-7]{32}$/)
    assert.match(otpauthUrl, /^otpauth:\/\/totp\/Nova%20CRM:/)
    assert.match(qrSvg, /^<svg/)

    const stored = await User.findOrFail(broker.id)
    assert.notInclude(stored.twoFactorSecret!, secret, 'the secret is encrypted at rest')
    assert.isFalse(stored.twoFactorEnabled)

    const wrong = await client
      .post('/api/v1/me/two-factor/confirm')
      .bearerToken(token)
      .json({ code: '000000' })
    wrong.assertStatus(422)
    wrong.assertBodyContains({ errors: [{ field: 'code', code: 'E_VALIDATION_ERROR' }] })
    const confirm = await client
      .post('/api/v1/me/two-factor/confirm')
      .bearerToken(token)
      .json({ code: totpCode(secret) })
    confirm.assertStatus(200)
    assert.lengthOf(confirm.body().recoveryCodes, 10)

    const me = await client.get('/api/v1/me').bearerToken(token)
    me.assertBodyContains({ data: { twoFactorEnabled: true } })
    assert.exists(await db.from('audit_logs').where('action', 'auth.two_factor_enabled').first())
  })

  test('login then needs a code, and a challenge alone reaches nothing', async ({ client }) => {
    const { broker } = await createAgency()
    const { secret } = await enableTwoFactor(client, broker)
    const challenge = await challengeFor(client, broker)

    const withChallenge = await client.get('/api/v1/me').bearerToken(challenge)
    withChallenge.assertStatus(401)

    const done = await client
      .post('/api/v1/auth/two-factor')
      .json({ challenge, code: totpCode(secret, 1) })
    done.assertStatus(200)
    done.assertBodyContains({ data: { id: broker.id } })
  })

  test('a TOTP code cannot be replayed', async ({ client }) => {
    const { broker } = await createAgency()
    const { secret } = await enableTwoFactor(client, broker)
    const code = totpCode(secret, 1)

    const first = await client
      .post('/api/v1/auth/two-factor')
      .json({ challenge: await challengeFor(client, broker), code })
    first.assertStatus(200)
    const replay = await client
      .post('/api/v1/auth/two-factor')
      .json({ challenge: await challengeFor(client, broker), code })
    replay.assertStatus(401)
    replay.assertBodyContains({ errors: [{ code: 'E_INVALID_TWO_FACTOR_CODE' }] })
  })

  test('20 concurrent uses of one recovery code succeed exactly once', async ({
    client,
    assert,
  }) => {
    const { broker } = await createAgency()
    const { recoveryCodes } = await enableTwoFactor(client, broker)
    const challenges = await Promise.all(
      Array.from({ length: 20 }, () => challengeFor(client, broker))
    )
    const responses = await Promise.all(
      challenges.map((challenge) =>
        client.post('/api/v1/auth/two-factor').json({ challenge, code: recoveryCodes[0] })
      )
    )
    const statuses = responses.map((response) => response.status())
    assert.equal(statuses.filter((status) => status === 200).length, 1)
    assert.equal(statuses.filter((status) => status === 401).length, 19)
  })

  test('wrong codes are limited per challenge', async ({ client }) => {
    const { broker } = await createAgency()
    await enableTwoFactor(client, broker)
    const challenge = await challengeFor(client, broker)
    for (let attempt = 1; attempt <= 5; attempt++) {
      const wrong = await client.post('/api/v1/auth/two-factor').json({ challenge, code: '000000' })
      wrong.assertStatus(401)
    }
    const blocked = await client.post('/api/v1/auth/two-factor').json({ challenge, code: '000000' })
    blocked.assertStatus(429)
  })

  test('disabling needs the password and a current code', async ({ client, assert }) => {
    const { broker } = await createAgency()
    const { token, secret } = await enableTwoFactor(client, broker)

    const noPassword = await client
      .delete('/api/v1/me/two-factor')
      .bearerToken(token)
      .json({ password: 'Wrong-pass-1!', code: totpCode(secret, 1) })
    noPassword.assertStatus(422)
    const disabled = await client
      .delete('/api/v1/me/two-factor')
      .bearerToken(token)
      .json({ password: TEST_PASSWORD, code: totpCode(secret, 1) })
    disabled.assertStatus(204)
    const user = await User.findOrFail(broker.id)
    assert.isFalse(user.twoFactorEnabled)
    assert.isNull(user.twoFactorSecret)
  })

  test('regenerated recovery codes replace the old ones', async ({ client }) => {
    const { broker } = await createAgency()
    const { token, recoveryCodes } = await enableTwoFactor(client, broker)
    const regenerated = await client
      .post('/api/v1/me/two-factor/recovery-codes')
      .bearerToken(token)
      .json({ password: TEST_PASSWORD })
    regenerated.assertStatus(200)
    const fresh = regenerated.body().recoveryCodes as string[]

    const old = await client
      .post('/api/v1/auth/two-factor')
      .json({ challenge: await challengeFor(client, broker), code: recoveryCodes[1] })
    old.assertStatus(401)
    const current = await client
      .post('/api/v1/auth/two-factor')
      .json({ challenge: await challengeFor(client, broker), code: fresh[0] })
    current.assertStatus(200)
  })
})

test.group('Two-factor on the admin panel', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('a half-signed-in session reaches nothing until the code is given', async ({ client }) => {
    const { broker } = await createAgency()
    await enableTwoFactor(client, broker)

    const signIn = await client
      .post('/login')
      .withCsrfToken()
      .form({ email: broker.email, password: TEST_PASSWORD })
      .redirects(0)
    signIn.assertHeader('location', '/two-factor')

    const session = signIn.session()
    const dashboard = await client.get('/').withSession(session).redirects(0)
    dashboard.assertHeader('location', '/login')
    const api = await client.get('/api/v1/me')
    api.assertStatus(401)
  })
})
