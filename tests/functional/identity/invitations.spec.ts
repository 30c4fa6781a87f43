import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import mail from '@adonisjs/mail/services/main'
import db from '@adonisjs/lucid/services/db'
import type { ApiClient } from '@japa/api-client'
import User from '#identity/models/user'
import InvitationMail from '#identity/mails/invitation_mail'
import { TEST_PASSWORD } from '#database/factories/user_factory'
import { createAgency } from '#tests/helpers/organizations'

async function tokenFor(client: ApiClient, user: User) {
  const response = await client
    .post('/api/v1/auth/login')
    .json({ email: user.email, password: TEST_PASSWORD })
  return response.body().accessToken as string
}

test.group('Invitations', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))
  group.each.teardown(() => mail.restore())

  test('an admin invites by e-mail; the invitee joins with the role, once', async ({
    client,
    assert,
  }) => {
    const fake = mail.fake()
    const { admin, organization } = await createAgency('arabic')
    await organization.merge({ name: 'Dunes & Palms' }).save()
    const token = await tokenFor(client, admin)

    const invite = await client
      .post('/api/v1/users')
      .bearerToken(token)
      .json({ email: 'Nasser@Example.test', role: 'broker' })
    invite.assertStatus(201)
    invite.assertBodyContains({ data: { email: 'nasser@example.test', role: 'broker' } })

    fake.mails.assertQueuedCount(InvitationMail, 1)
    const [sent] = fake.mails.queued() as InvitationMail[]
    const html = String(sent.message.toJSON().message.html)
    assert.include(html, `http://localhost:3334/invitations/${sent.token}`)
    assert.include(html, 'Dunes &amp; Palms')
    assert.include(html, 'dir="rtl"')

    const accept = await client.post('/api/v1/auth/invitations/accept').json({
      token: sent.token,
      name: 'Nasser Al-Dosari',
      password: 'Sand-Dune-99!',
    })
    accept.assertStatus(200)
    accept.assertBodyContains({ data: { email: 'nasser@example.test', role: 'broker' } })
    const joined = await User.findByOrFail('email', 'nasser@example.test')
    assert.equal(joined.organizationId, organization.id)
    assert.isNotNull(joined.emailVerifiedAt)

    const again = await client.post('/api/v1/auth/invitations/accept').json({
      token: sent.token,
      name: 'Someone Else',
      password: 'Sand-Dune-99!',
    })
    again.assertStatus(400)
    assert.exists(await db.from('audit_logs').where('action', 'user.invited').first())
  })

  test('nobody invites above their own role, brokers invite nobody', async ({ client }) => {
    mail.fake()
    const { admin, broker } = await createAgency()
    const adminToken = await tokenFor(client, admin)
    const owner = await client
      .post('/api/v1/users')
      .bearerToken(adminToken)
      .json({ email: 'boss@example.test', role: 'owner' })
    owner.assertStatus(403)

    const brokerToken = await tokenFor(client, broker)
    const byBroker = await client
      .post('/api/v1/users')
      .bearerToken(brokerToken)
      .json({ email: 'friend@example.test', role: 'broker' })
    byBroker.assertStatus(403)
  })

  test("a member cannot be invited again; another agency's account is not revealed, and its invitation cannot be accepted", async ({
    client,
    assert,
  }) => {
    const fake = mail.fake()
    const { admin, broker } = await createAgency()
    const other = await createAgency()
    const token = await tokenFor(client, admin)
    const member = await client
      .post('/api/v1/users')
      .bearerToken(token)
      .json({ email: broker.email.toUpperCase(), role: 'broker' })
    member.assertStatus(422)
    member.assertBodyContains({ errors: [{ field: 'email', message: 'E-mail is already taken' }] })

    // an e-mail of another agency is answered like a fresh one
    const elsewhere = await client
      .post('/api/v1/users')
      .bearerToken(token)
      .json({ email: other.broker.email, role: 'broker' })
    const fresh = await client
      .post('/api/v1/users')
      .bearerToken(token)
      .json({ email: 'fresh.person@example.test', role: 'broker' })
    elsewhere.assertStatus(201)
    fresh.assertStatus(201)
    assert.deepEqual(Object.keys(elsewhere.body().data), Object.keys(fresh.body().data))

    // the invitee, who holds the link, is told why it cannot make an account
    fake.mails.assertQueuedCount(InvitationMail, 2)
    const [toOther] = fake.mails.queued() as InvitationMail[]
    const accept = await client
      .post('/api/v1/auth/invitations/accept')
      .header('accept-language', 'ar')
      .json({ token: toOther.token, name: 'Someone', password: 'Str0ng!Passw0rd#' })
    accept.assertStatus(409)
    accept.assertBody({
      errors: [
        {
          code: 'E_EMAIL_HAS_ACCOUNT',
          message:
            'لهذا البريد الإلكتروني حساب بالفعل: سجّل الدخول به، أو اطلب دعوة ببريد إلكتروني آخر',
        },
      ],
    })
    const accounts = await db.from('users').where('email', other.broker.email)
    assert.lengthOf(accounts, 1)
    assert.equal(accounts[0].organization_id, other.organization.id)
  })

  test('an expired invitation cannot be accepted', async ({ client }) => {
    const fake = mail.fake()
    const { admin } = await createAgency()
    const token = await tokenFor(client, admin)
    await client
      .post('/api/v1/users')
      .bearerToken(token)
      .json({ email: 'late@example.test', role: 'broker' })
    const [sent] = fake.mails.queued() as InvitationMail[]
    await db.from('invitations').update({ expires_at: new Date(Date.now() - 1000) })
    const accept = await client
      .post('/api/v1/auth/invitations/accept')
      .json({ token: sent.token, name: 'Late Comer', password: 'Sand-Dune-99!' })
    accept.assertStatus(400)
  })
})
