import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import mail from '@adonisjs/mail/services/main'
import User from '#identity/models/user'
import type ResetPasswordMail from '#identity/mails/reset_password_mail'
import type InvitationMail from '#identity/mails/invitation_mail'
import i18nManager from '@adonisjs/i18n/services/main'
import { inviteUser } from '#identity/actions/invitations'
import { sendEmailVerification } from '#identity/actions/email_verification'
import type VerifyEmailMail from '#identity/mails/verify_email_mail'
import { createAgency } from '#tests/helpers/organizations'

test.group('Account pages on the admin panel', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))
  group.each.teardown(() => mail.restore())

  test('forgot, then reset the password through the pages', async ({ client, assert }) => {
    const fake = mail.fake()
    const { broker } = await createAgency()
    const form = await client.get('/forgot-password').withInertia()
    form.assertInertiaComponent('auth/forgot_password')

    const sent = await client
      .post('/forgot-password')
      .withCsrfToken()
      .header('referer', '/forgot-password')
      .form({ email: broker.email })
      .redirects(0)
    sent.assertFlashMessage(
      'success',
      'If an account exists for this e-mail, a reset link is on its way.'
    )
    const [resetMail] = fake.mails.queued() as ResetPasswordMail[]

    const page = await client.get(`/reset-password/${resetMail.token}`).withInertia()
    page.assertInertiaPropsContains({ token: resetMail.token })

    const bad = await client
      .post('/reset-password')
      .withCsrfToken()
      .header('referer', '/reset-password/x')
      .form({ token: 'x'.repeat(43), password: 'Fresh-Start-55!' })
      .redirects(0)
    bad.assertFlashMessage('errorsBag', {
      E_INVALID_TOKEN: 'This link is invalid, already used or expired',
    })

    const good = await client
      .post('/reset-password')
      .withCsrfToken()
      .form({ token: resetMail.token, password: 'Fresh-Start-55!' })
      .redirects(0)
    good.assertHeader('location', '/login')
    const saved = await User.findOrFail(broker.id)
    assert.isTrue(await saved.verifyPassword('Fresh-Start-55!'))
  })

  test('an invitation link opens a page that creates the account and signs it in', async ({
    client,
    assert,
  }) => {
    const fake = mail.fake()
    const { admin, organization } = await createAgency()
    await inviteUser(admin, 'layla@example.test', 'manager', i18nManager.locale('en'))
    const [invitationMail] = fake.mails.queued() as InvitationMail[]

    const page = await client.get(`/invitations/${invitationMail.token}`).withInertia()
    page.assertInertiaPropsContains({
      token: invitationMail.token,
      invitation: { email: 'layla@example.test', organizationName: organization.name },
    })

    const accept = await client
      .post('/invitations')
      .withCsrfToken()
      .form({ token: invitationMail.token, name: 'Layla Haddad', password: 'Olive-Tree-31!' })
      .redirects(0)
    accept.assertHeader('location', '/')
    const user = await User.findByOrFail('email', 'layla@example.test')
    assert.equal(user.role, 'manager')
    assert.equal(accept.session().auth_web, user.id)

    const reused = await client.get(`/invitations/${invitationMail.token}`).withInertia()
    reused.assertInertiaPropsContains({ token: invitationMail.token, invitation: null })
  })

  test('a verification link confirms the e-mail address', async ({ client, assert }) => {
    const fake = mail.fake()
    const { broker } = await createAgency()
    await sendEmailVerification(broker)
    const [verifyMail] = fake.mails.queued() as VerifyEmailMail[]
    const response = await client.get(`/verify-email/${verifyMail.token}`).redirects(0)
    response.assertFlashMessage('success', 'Your e-mail address is confirmed.')
    const user = await User.findOrFail(broker.id)
    assert.isNotNull(user.emailVerifiedAt)
  })
})
