import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { tenantContext } from '#core/tenancy/tenant_context'
import { recordAudit, recordSecurityEvent } from '#core/audit/audit'
import { createAgency } from '#tests/helpers/organizations'

test.group('Audit and security log screens', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('an admin searches the audit log of their own agency', async ({ client, assert }) => {
    const riyadh = await createAgency()
    const dubai = await createAgency()
    await recordAudit({
      action: 'user.role_changed',
      actor: riyadh.admin,
      entity: { type: 'user', id: riyadh.broker.id },
    })
    await recordAudit({ action: 'auth.login', actor: riyadh.broker })
    await recordAudit({
      action: 'user.role_changed',
      actor: dubai.admin,
      entity: { type: 'user', id: dubai.broker.id },
    })

    const all = await client.get('/audit').loginAs(riyadh.admin).withInertia()
    all.assertStatus(200)
    assert.lengthOf(all.inertiaProps.entries, 2)

    const filtered = await client
      .get(`/audit?action=user.&actorId=${riyadh.admin.id}`)
      .loginAs(riyadh.admin)
      .withInertia()
    assert.lengthOf(filtered.inertiaProps.entries, 1)
    assert.equal(filtered.inertiaProps.entries[0].entityId, String(riyadh.broker.id))

    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)
    const future = await client.get(`/audit?from=${tomorrow}`).loginAs(riyadh.admin).withInertia()
    assert.lengthOf(future.inertiaProps.entries, 0)
  })

  test('the security log lists denials; brokers and managers cannot open either log', async ({
    client,
    assert,
  }) => {
    const { admin, broker, manager, organization } = await createAgency()
    await tenantContext.run(organization.id, () =>
      recordSecurityEvent({ event: 'access_denied', user: broker, details: { url: '/team' } })
    )
    const response = await client.get('/security?event=access_denied').loginAs(admin).withInertia()
    assert.lengthOf(response.inertiaProps.entries, 1)

    for (const user of [broker, manager]) {
      const audit = await client.get('/audit').loginAs(user).withInertia()
      audit.assertStatus(403)
      const security = await client.get('/security').loginAs(user).withInertia()
      security.assertStatus(403)
    }
  })

  test('a bad filter is refused with a localized error', async ({ client }) => {
    const { admin } = await createAgency()
    const response = await client
      .get('/audit?from=yesterday')
      .loginAs(admin)
      .header('referer', '/audit')
      .redirects(0)
    response.assertStatus(302)
    response.assertFlashMessage('inputErrorsBag', {
      from: ['From must be a valid date'],
    })
  })
})
