import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import db from '@adonisjs/lucid/services/db'
import User from '#identity/models/user'
import InvitationMail from '#identity/mails/invitation_mail'
import { createAgency } from '#tests/helpers/organizations'

test.group('Team page', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('managers read the team; admins get the actions', async ({ client }) => {
    const { manager, admin } = await createAgency()
    const asManager = await client.get('/team').loginAs(manager).withInertia()
    asManager.assertInertiaPropsContains({ can: { invite: false, manage: false } })
    const asAdmin = await client.get('/team').loginAs(admin).withInertia()
    asAdmin.assertInertiaPropsContains({
      can: { invite: true, manage: true },
      assignableRoles: ['admin', 'manager', 'broker'],
    })
  })

  test('an admin invites, changes a role and disables from the page', async ({
    client,
    assert,
  }) => {
    const fake = mail.fake()
    const { admin, broker } = await createAgency()

    const invite = await client
      .post('/team/invitations')
      .loginAs(admin)
      .withCsrfToken()
      .header('referer', '/team')
      .form({ email: 'new.broker@example.test', role: 'broker' })
      .redirects(0)
    invite.assertFlashMessage('success', 'Invitation sent to new.broker@example.test')
    fake.mails.assertQueuedCount(InvitationMail, 1)

    const promote = await client
      .patch(`/team/${broker.id}`)
      .loginAs(admin)
      .withCsrfToken()
      .header('referer', '/team')
      .json({ role: 'manager', status: 'disabled' })
      .redirects(0)
    promote.assertStatus(302)
    const saved = await User.findOrFail(broker.id)
    assert.equal(saved.role, 'manager')
    assert.equal(saved.status, 'disabled')
  })

  test('the last owner guard shows as an error on the page', async ({ client, assert }) => {
    const { owner } = await createAgency()
    const response = await client
      .patch(`/team/${owner.id}`)
      .loginAs(owner)
      .withCsrfToken()
      .header('referer', '/team')
      .json({ role: 'admin' })
      .redirects(0)
    response.assertHeader('location', '/team')
    response.assertFlashMessage('error', 'An organization must keep at least one active owner')
    const saved = await User.findOrFail(owner.id)
    assert.equal(saved.role, 'owner')
  })

  test('grants set from the page are audited', async ({ client, assert }) => {
    const { admin, manager } = await createAgency()
    const response = await client
      .put(`/team/${manager.id}/permissions`)
      .loginAs(admin)
      .withCsrfToken()
      .header('referer', '/team')
      .json({ permissions: ['audit.viewAny', 'security.viewAny'] })
      .redirects(0)
    response.assertStatus(302)
    const entry = await db
      .from('audit_logs')
      .where('action', 'user.permissions_changed')
      .firstOrFail()
    assert.deepEqual(entry.changes.after.grants, ['audit.viewAny', 'security.viewAny'])
  })
})
