import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#identity/models/user'
import { tenantContext } from '#core/tenancy/tenant_context'
import { createAgency } from '#tests/helpers/organizations'

test.group('Tenant scoping', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('queries through the scope never return another organization rows', async ({ assert }) => {
    const riyadh = await createAgency()
    const dubai = await createAgency()

    await tenantContext.run(riyadh.organization.id, async () => {
      const everyone = await User.query()
      assert.lengthOf(everyone, 4)
      assert.isTrue(everyone.every((user) => user.organizationId === riyadh.organization.id))

      assert.isNull(await User.find(dubai.manager.id))
      assert.isNull(await User.findBy('email', dubai.manager.email))
      const page = await User.query().paginate(1, 10)
      assert.equal(page.total, 4)
    })
  })

  test('bulk updates and deletes through the scope stay inside the organization', async ({
    assert,
  }) => {
    const riyadh = await createAgency()
    const dubai = await createAgency()

    await tenantContext.run(riyadh.organization.id, async () => {
      await User.query().update({ timezone: 'Asia/Riyadh' })
      await User.query().where('id', dubai.broker.id).delete()
    })

    const untouched = await User.findOrFail(dubai.broker.id)
    assert.isNull(untouched.timezone)
    const updated = await User.findOrFail(riyadh.broker.id)
    assert.equal(updated.timezone, 'Asia/Riyadh')
  })

  test('a row is stamped with the current organization and cannot be written into another', async ({
    assert,
  }) => {
    const riyadh = await createAgency()
    const dubai = await createAgency()

    await tenantContext.run(riyadh.organization.id, async () => {
      const user = await User.create({
        name: 'Layla',
        email: 'layla@example.test',
        password: 'Secret-pass-123!',
        role: 'broker',
        status: 'active',
      })
      assert.equal(user.organizationId, riyadh.organization.id)

      await assert.rejects(
        () =>
          User.create({
            organizationId: dubai.organization.id,
            name: 'Intruder',
            email: 'intruder@example.test',
            password: 'Secret-pass-123!',
            role: 'broker',
            status: 'active',
          }),
        'Cannot write a row into another organization'
      )
    })
  })

  test('a row cannot be moved to another organization', async ({ assert }) => {
    const riyadh = await createAgency()
    const dubai = await createAgency()
    riyadh.broker.organizationId = dubai.organization.id
    await assert.rejects(() => riyadh.broker.save(), 'Cannot move a row to another organization')
  })

  test('a signed-in manager sees only their own team', async ({ client, assert }) => {
    const riyadh = await createAgency()
    const dubai = await createAgency()

    const response = await client.get('/team').loginAs(riyadh.manager).withInertia()
    response.assertStatus(200)
    const emails = response.inertiaProps.members.map((member: { email: string }) => member.email)
    assert.sameMembers(
      emails,
      [riyadh.owner, riyadh.admin, riyadh.manager, riyadh.broker].map((u) => u.email)
    )
    assert.notInclude(emails, dubai.manager.email)
    assert.equal(response.inertiaProps.meta.total, 4)
  })

  test('a broker is denied the team page with a localized 403 page', async ({ client, assert }) => {
    const { broker } = await createAgency()
    broker.locale = 'ar'
    await broker.save()
    const response = await client.get('/team').loginAs(broker).withInertia()
    response.assertStatus(403)
    response.assertInertiaComponent('errors/forbidden')
    response.assertInertiaPropsContains({ locale: 'ar', dir: 'rtl' })
    assert.notProperty(response.inertiaProps, 'members')
  })

  test('the sidebar shows only what the user may see', async ({ client, assert }) => {
    const { broker, manager, admin } = await createAgency()
    const asBroker = await client.get('/').loginAs(broker).withInertia()
    const asManager = await client.get('/').loginAs(manager).withInertia()
    const keys = (items: { key: string }[]) => items.map((item) => item.key)
    const daily = ['dashboard', 'myTasks', 'board', 'leads', 'contacts', 'deals', 'companies']
    const records = ['tasks', 'activities']
    assert.deepEqual(keys(asBroker.inertiaProps.navigation), [...daily, ...records])
    assert.deepEqual(keys(asManager.inertiaProps.navigation), [...daily, ...records, 'team'])
    const asAdmin = await client.get('/').loginAs(admin).withInertia()
    assert.includeMembers(keys(asAdmin.inertiaProps.navigation), ['deal-stages', 'customFields'])
  })
})
