import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import mail from '@adonisjs/mail/services/main'
import db from '@adonisjs/lucid/services/db'
import type { ApiClient } from '@japa/api-client'
import User from '#identity/models/user'
import ResetPasswordMail from '#identity/mails/reset_password_mail'
import VerifyEmailMail from '#identity/mails/verify_email_mail'
import { TEST_PASSWORD } from '#database/factories/user_factory'
import { createAgency } from '#tests/helpers/organizations'

function forgot(client: ApiClient, email: string) {
  return client
    .post('/api/v1/auth/password/forgot')
    .header('host', 'attacker.example')
    .json({ email })
}

test.group('Password reset and e-mail verification', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))
  group.each.setup(() => {
    mail.fake()
    return () => mail.restore()
  })

  test('forgot-password answers 202 whether or not the account exists', async ({
    client,
    assert,
  }) => {
    const fake = mail.fake()
    const { broker } = await createAgency()
    const known = await forgot(client, broker.email)
    const unknown = await forgot(client, 'ghost@nowhere.test')
    known.assertStatus(202)
    unknown.assertStatus(202)
    assert.equal(known.text(), unknown.text())
    fake.mails.assertQueuedCount(ResetPasswordMail, 1)
  })

  test('the reset mail links to APP_URL, in the user language, whatever the Host', async ({
    client,
    assert,
  }) => {
    const fake = mail.fake()
    const { broker } = await createAgency('arabic')
    const response = await forgot(client, broker.email)
    response.assertStatus(202)

    fake.mails.assertQueuedCount(ResetPasswordMail, 1)
    const [sent] = fake.mails.queued() as ResetPasswordMail[]
    const html = String(sent.message.toJSON().message.html)
    assert.include(html, `http://localhost:3334/reset-password/${sent.token}`)
    assert.notInclude(html, 'attacker.example')
    assert.include(html, 'dir="rtl"')
    assert.equal(sent.message.toJSON().message.subject, 'إعادة تعيين كلمة مرور نوفا CRM')
  })

  test('a reset link works once, sets the password and signs out everywhere', async ({
    client,
    assert,
  }) => {
    const fake = mail.fake()
    const { broker } = await createAgency()
    const login = await client
      .post('/api/v1/auth/login')
      .json({ email: broker.email, password: TEST_PASSWORD })
    const { accessToken } = login.body()

    await forgot(client, broker.email)
    const [sent] = fake.mails.queued() as ResetPasswordMail[]
    const reset = await client
      .post('/api/v1/auth/password/reset')
      .json({ token: sent.token, password: 'Brand-New-Pass-42!' })
    reset.assertStatus(204)

    const again = await client
      .post('/api/v1/auth/password/reset')
      .json({ token: sent.token, password: 'Another-Pass-42!' })
    again.assertStatus(400)
    again.assertBodyContains({ errors: [{ code: 'E_INVALID_TOKEN' }] })

    const oldToken = await client.get('/api/v1/me').bearerToken(accessToken)
    oldToken.assertStatus(401)
    const user = await User.findOrFail(broker.id)
    assert.isTrue(await user.verifyPassword('Brand-New-Pass-42!'))
    assert.exists(await db.from('audit_logs').where('action', 'auth.password_reset').first())
  })

  test('an expired reset link is refused', async ({ client }) => {
    const fake = mail.fake()
    const { broker } = await createAgency()
    await forgot(client, broker.email)
    const [sent] = fake.mails.queued() as ResetPasswordMail[]
    await db.from('account_tokens').update({ expires_at: new Date(Date.now() - 1000) })
    const response = await client
      .post('/api/v1/auth/password/reset')
      .json({ token: sent.token, password: 'Brand-New-Pass-42!' })
    response.assertStatus(400)
  })

  test('forgot-password is limited to 3 an hour per e-mail', async ({ client }) => {
    for (let attempt = 1; attempt <= 3; attempt++) {
      const response = await forgot(client, 'someone@example.test')
      response.assertStatus(202)
    }
    const blocked = await forgot(client, 'someone@example.test')
    blocked.assertStatus(429)
  })

  test('sign-up sends a verification link that verifies the address once', async ({
    client,
    assert,
  }) => {
    const fake = mail.fake()
    const signup = await client.post('/api/v1/auth/signup').json({
      organizationName: 'Palm Estates',
      name: 'Hessa Al-Mansoori',
      email: 'hessa@palm-estates.test',
      password: 'Desert-Rose-77!',
    })
    signup.assertStatus(201)
    fake.mails.assertQueuedCount(VerifyEmailMail, 1)
    const [sent] = fake.mails.queued() as VerifyEmailMail[]

    const verify = await client.post('/api/v1/auth/email/verify').json({ token: sent.token })
    verify.assertStatus(204)
    const user = await User.findByOrFail('email', 'hessa@palm-estates.test')
    assert.isNotNull(user.emailVerifiedAt)
    const again = await client.post('/api/v1/auth/email/verify').json({ token: sent.token })
    again.assertStatus(400)
  })
})
