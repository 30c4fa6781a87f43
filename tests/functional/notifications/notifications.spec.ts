import { rm } from 'node:fs/promises'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import mail from '@adonisjs/mail/services/main'
import type User from '#identity/models/user'
import Notification from '#notifications/models/notification'
import NotificationMail from '#notifications/mails/notification_mail'
import { UserFactory } from '#database/factories/user_factory'
import { importTask } from '#resources/imports/import_tasks'
import type { ImportSettings } from '#resources/imports/import_settings'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor, expectStatus } from '#tests/helpers/api'
import { createDeal, createLead, stagesOf } from '#tests/helpers/pipeline'

function notificationsOf(user: User) {
  return Notification.query().where('user_id', user.id).orderBy('id')
}

test.group('Notifications: who hears of what', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('assigning a lead to a broker notifies the broker once, never the one who assigned it', async ({
    client,
    assert,
  }) => {
    const { organization, manager, broker } = await createAgency()
    const lead = await createLead(organization, manager, { name: 'Omar Haddad' })
    const token = await bearerFor(manager)

    await expectStatus(
      client.patch(`/api/v1/leads/${lead.id}`).bearerToken(token).json({ assigneeId: broker.id }),
      200
    )
    await expectStatus(
      client.patch(`/api/v1/leads/${lead.id}`).bearerToken(token).json({ name: 'Omar H.' }),
      200
    )

    const received = await notificationsOf(broker)
    assert.lengthOf(received, 1)
    assert.equal(received[0].type, 'lead.assigned')
    assert.equal(received[0].priority, 'normal')
    assert.equal(received[0].url, `/leads/${lead.id}`)
    assert.deepInclude(received[0].data, {
      lead: 'Omar Haddad',
      leadId: lead.id,
      actor: manager.name,
    })
    assert.lengthOf(await notificationsOf(manager), 0)

    const own = await createLead(organization, manager, { name: 'Mine' })
    await expectStatus(
      client.patch(`/api/v1/leads/${own.id}`).bearerToken(token).json({ assigneeId: manager.id }),
      200
    )
    assert.lengthOf(await notificationsOf(manager), 0)
  })

  test('a won deal notifies its owner and the managers; a lost one says why', async ({
    client,
    assert,
  }) => {
    const { organization, owner, admin, manager, broker } = await createAgency()
    const secondManager = await UserFactory.merge({ organizationId: organization.id })
      .apply('manager')
      .create()
    const stages = await stagesOf(organization)
    const won = stages.find((stage) => stage.outcome === 'won')!
    const lost = stages.find((stage) => stage.outcome === 'lost')!
    const deal = await createDeal(organization, broker, { title: 'Villa in Al Nakheel' })
    const token = await bearerFor(admin)

    await expectStatus(
      client.post(`/api/v1/deals/${deal.id}/move`).bearerToken(token).json({ stageId: won.id }),
      200
    )
    for (const user of [broker, manager, secondManager]) {
      const received = await notificationsOf(user)
      assert.deepEqual(
        received.map((notification) => notification.type),
        ['deal.won'],
        user.role
      )
      assert.deepInclude(received[0].data, { deal: 'Villa in Al Nakheel', actor: admin.name })
    }
    assert.lengthOf(await notificationsOf(admin), 0)
    assert.lengthOf(await notificationsOf(owner), 0)

    const other = await createDeal(organization, broker, { title: 'Shop lease' })
    await expectStatus(
      client
        .post(`/api/v1/deals/${other.id}/move`)
        .bearerToken(await bearerFor(manager))
        .json({ stageId: lost.id, closeReason: 'Chose another agency' }),
      200
    )
    const [lostNotice] = await notificationsOf(broker).where('type', 'deal.lost')
    assert.deepInclude(lostNotice.data, { deal: 'Shop lease', reason: 'Chose another agency' })
    assert.lengthOf(await notificationsOf(manager).where('type', 'deal.lost'), 0)
    assert.lengthOf(await notificationsOf(secondManager).where('type', 'deal.lost'), 1)
  })

  test('a task given to someone notifies them, and its completion notifies its creator', async ({
    client,
    assert,
  }) => {
    const { manager, broker } = await createAgency()
    const created = await client
      .post('/api/v1/tasks')
      .bearerToken(await bearerFor(manager))
      .json({ title: 'Call Omar back', assigneeId: broker.id })
    created.assertStatus(201)
    const taskId = created.body().data.id

    const [assigned] = await notificationsOf(broker)
    assert.equal(assigned.type, 'task.assigned')
    assert.deepInclude(assigned.data, { task: 'Call Omar back', actor: manager.name })
    assert.lengthOf(await notificationsOf(manager), 0)

    await expectStatus(
      client.post(`/api/v1/tasks/${taskId}/complete`).bearerToken(await bearerFor(broker)),
      200
    )
    const [completed] = await notificationsOf(manager)
    assert.equal(completed.type, 'task.completed')
    assert.deepInclude(completed.data, { task: 'Call Omar back', actor: broker.name })
    assert.lengthOf(await notificationsOf(broker), 1)
  })

  test('a lead from the website form notifies the broker it went to', async ({
    client,
    assert,
  }) => {
    const { organization, broker, manager } = await createAgency()
    await expectStatus(
      client
        .post(`/public/organizations/${organization.slug}/leads`)
        .json({ name: 'Website Visitor', email: 'visitor@example.com' }),
      202
    )

    const [captured] = await notificationsOf(broker)
    assert.equal(captured.type, 'lead.captured')
    assert.equal(captured.priority, 'high')
    assert.deepInclude(captured.data, { lead: 'Website Visitor' })
    assert.lengthOf(await notificationsOf(manager), 0)
  })

  test('a user whose role changed is told, in their own language', async ({ client, assert }) => {
    const { organization, admin } = await createAgency()
    const broker = await UserFactory.merge({ organizationId: organization.id })
      .apply('arabic')
      .create()
    await expectStatus(
      client
        .patch(`/api/v1/users/${broker.id}`)
        .bearerToken(await bearerFor(admin))
        .json({ role: 'manager' }),
      200
    )
    const [changed] = await notificationsOf(broker)
    assert.equal(changed.type, 'user.role_changed')

    const response = await client.get('/api/v1/notifications').bearerToken(await bearerFor(broker))
    response.assertStatus(200)
    assert.equal(response.body().data[0].title, 'تغيّر دورك')
    assert.equal(response.body().data[0].body, `غيّر ${admin.name} دورك إلى مدير.`)
  })

  test('an invitation is told to the other owners and admins', async ({ client, assert }) => {
    mail.fake()
    try {
      const { owner, admin, manager } = await createAgency()
      await expectStatus(
        client
          .post('/api/v1/users')
          .bearerToken(await bearerFor(owner))
          .json({ email: 'newcomer@example.com', role: 'broker' }),
        201
      )
      const [invited] = await notificationsOf(admin)
      assert.equal(invited.type, 'user.invited')
      assert.deepInclude(invited.data, { email: 'newcomer@example.com', role: 'broker' })
      assert.lengthOf(await notificationsOf(owner), 0)
      assert.lengthOf(await notificationsOf(manager), 0)
    } finally {
      mail.restore()
    }
  })

  test('an import tells the user who started it how it ended', async ({ client, assert }) => {
    const before = { ...app.config.get<ImportSettings>('imports') }
    app.config.set('imports.directory', 'tmp/imports_notifications_test')
    try {
      const { manager, broker } = await createAgency()
      const token = await bearerFor(manager)
      const csv = Buffer.from('Name,Email\r\nLayla,layla@example.com\r\nSami,sami@example.com\r\n')
      const upload = await client
        .post('/api/v1/contacts/imports')
        .bearerToken(token)
        .file('file', csv, { filename: 'people.csv' })
      upload.assertStatus(201)
      const id = upload.body().data.id
      await expectStatus(
        client
          .post(`/api/v1/contacts/imports/${id}/commit`)
          .bearerToken(token)
          .json({ mapping: { Name: 'name', Email: 'email' }, matchKey: 'email', mode: 'skip' }),
        202
      )
      await importTask(id)

      const [finished] = await notificationsOf(manager)
      assert.equal(finished.type, 'import.finished')
      assert.deepInclude(finished.data, { file: 'people.csv', created: 2, rejected: 0 })
      const listed = await client.get('/api/v1/notifications').bearerToken(token)
      assert.equal(
        listed.body().data[0].body,
        'people.csv (Contacts): 2 created, 0 updated, 0 skipped, 0 rejected.'
      )
      assert.lengthOf(await notificationsOf(broker), 0)
    } finally {
      app.config.set('imports', before)
      await rm(app.makePath('tmp/imports_notifications_test'), { recursive: true, force: true })
    }
  })
})

test.group('Notifications: language, preferences and e-mail', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))
  group.each.teardown(() => mail.restore())

  test('title and body follow the reader’s language when they read them', async ({
    client,
    assert,
  }) => {
    const { organization, manager, broker } = await createAgency()
    const lead = await createLead(organization, manager, { name: 'Omar Haddad' })
    await expectStatus(
      client
        .patch(`/api/v1/leads/${lead.id}`)
        .bearerToken(await bearerFor(manager))
        .json({ assigneeId: broker.id }),
      200
    )
    const token = await bearerFor(broker)

    const english = await client.get('/api/v1/notifications').bearerToken(token)
    assert.equal(english.body().data[0].title, 'Lead assigned to you')
    assert.equal(english.body().data[0].body, `Omar Haddad was assigned to you by ${manager.name}.`)

    broker.locale = 'ar'
    await broker.save()
    const arabic = await client.get('/api/v1/notifications').bearerToken(token)
    assert.equal(arabic.body().data[0].title, 'عميل محتمل مُسند إليك')
    assert.equal(
      arabic.body().data[0].body,
      `أسند ${manager.name} إليك العميل المحتمل Omar Haddad.`
    )
  })

  test('turning a type off in the app stops those notifications, and only those', async ({
    client,
    assert,
  }) => {
    const { organization, manager, broker } = await createAgency()
    const brokerToken = await bearerFor(broker)
    const saved = await client
      .put('/api/v1/me/notification-preferences')
      .bearerToken(brokerToken)
      .json({ preferences: [{ type: 'lead.assigned', inApp: false, email: false }] })
    saved.assertStatus(200)
    assert.deepInclude(saved.body().data, { type: 'lead.assigned', inApp: false, email: false })
    assert.deepInclude(saved.body().data, { type: 'task.assigned', inApp: true, email: true })

    const shown = await client.get('/api/v1/me/notification-preferences').bearerToken(brokerToken)
    assert.deepEqual(shown.body().data, saved.body().data)

    const token = await bearerFor(manager)
    const lead = await createLead(organization, manager)
    await expectStatus(
      client.patch(`/api/v1/leads/${lead.id}`).bearerToken(token).json({ assigneeId: broker.id }),
      200
    )
    assert.lengthOf(await notificationsOf(broker), 0)

    await expectStatus(
      client

        .post('/api/v1/tasks')

        .bearerToken(token)

        .json({ title: 'Visit', assigneeId: broker.id }),

      201
    )
    const received = await notificationsOf(broker)
    assert.deepEqual(
      received.map((notification) => notification.type),
      ['task.assigned']
    )

    await expectStatus(
      client

        .put('/api/v1/me/notification-preferences')

        .bearerToken(brokerToken)

        .json({ preferences: [{ type: 'unknown.type', inApp: true, email: true }] }),

      422
    )
  })

  test('the e-mail preference queues a mail to the recipient, in their language, content escaped', async ({
    client,
    assert,
  }) => {
    const fake = mail.fake()
    const { organization, manager } = await createAgency()
    const broker = await UserFactory.merge({ organizationId: organization.id })
      .apply('arabic')
      .create()
    const lead = await createLead(organization, manager, { name: '<img src=x onerror=alert(1)>' })
    await expectStatus(
      client
        .patch(`/api/v1/leads/${lead.id}`)
        .bearerToken(await bearerFor(manager))
        .json({ assigneeId: broker.id }),
      200
    )

    fake.mails.assertQueuedCount(NotificationMail, 1)
    fake.mails.assertQueued(NotificationMail, (queued) => queued.message.hasTo(broker.email))
    const [{ message }] = fake.mails.queued() as NotificationMail[]
    assert.isTrue(message.hasSubject('عميل محتمل مُسند إليك'))
    message.assertContent('html', 'dir="rtl"')
    message.assertContent('html', '&lt;img src=x onerror=alert(1)&gt;')
    assert.notInclude(message.toJSON().message.html as string, '<img src=x')
    message.assertContent('html', `/leads/${lead.id}`)

    await expectStatus(
      client

        .put('/api/v1/me/notification-preferences')

        .bearerToken(await bearerFor(broker))

        .json({ preferences: [{ type: 'lead.assigned', inApp: true, email: false }] }),

      200
    )
    const next = await createLead(organization, manager, { name: 'Quiet Lead' })
    await expectStatus(
      client
        .patch(`/api/v1/leads/${next.id}`)
        .bearerToken(await bearerFor(manager))
        .json({ assigneeId: broker.id }),
      200
    )
    fake.mails.assertQueuedCount(NotificationMail, 1)
    assert.lengthOf(await notificationsOf(broker), 2)
  })
})

test.group('Notifications: the API and the pages', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  async function seed() {
    const agency = await createAgency()
    const { organization, broker, manager } = agency
    const make = (user: User, type: string, data: Record<string, unknown>) =>
      Notification.create({
        organizationId: organization.id,
        userId: user.id,
        type: type as Notification['type'],
        priority: 'normal',
        data: data as Notification['data'],
        url: '/tasks',
      })
    const mine = [
      await make(broker, 'task.assigned', { task: 'One', actor: manager.name }),
      await make(broker, 'task.completed', { task: 'Two', actor: manager.name }),
      await make(broker, 'task.assigned', { task: 'Three', actor: manager.name }),
    ]
    const theirs = await make(manager, 'task.assigned', { task: 'Theirs', actor: broker.name })
    return { ...agency, mine, theirs }
  }

  test('a user lists, counts and marks read their own notifications, nobody else’s', async ({
    client,
    assert,
  }) => {
    const { broker, manager, mine, theirs } = await seed()
    const token = await bearerFor(broker)

    const list = await client.get('/api/v1/notifications').bearerToken(token)
    list.assertStatus(200)
    assert.deepEqual(
      list.body().data.map((row: { id: number }) => row.id),
      mine.map((row) => row.id).reverse()
    )
    assert.deepEqual(list.body().meta, { total: 3, perPage: 25, currentPage: 1, lastPage: 1 })
    assert.equal(list.body().data[0].body, `${manager.name} assigned you the task Three.`)

    const count = async () => {
      const response = await client.get('/api/v1/notifications/unread-count').bearerToken(token)
      return response.body()
    }
    assert.deepEqual(await count(), { data: { count: 3 } })

    await expectStatus(
      client.post(`/api/v1/notifications/${theirs.id}/read`).bearerToken(token),
      404
    )
    await expectStatus(
      client.post(`/api/v1/notifications/${mine[0].id}/read`).bearerToken(token),
      204
    )
    assert.deepEqual(await count(), { data: { count: 2 } })

    const unread = await client.get('/api/v1/notifications?filter[read]=false').bearerToken(token)
    assert.deepEqual(
      unread.body().data.map((row: { id: number }) => row.id),
      [mine[2].id, mine[1].id]
    )
    const read = await client.get('/api/v1/notifications?filter[read]=true').bearerToken(token)
    assert.deepEqual(
      read.body().data.map((row: { read: boolean }) => row.read),
      [true]
    )
    const typed = await client
      .get('/api/v1/notifications?filter[type]=task.completed')
      .bearerToken(token)
    assert.deepEqual(
      typed.body().data.map((row: { id: number }) => row.id),
      [mine[1].id]
    )
    await expectStatus(
      client.get('/api/v1/notifications?filter[read]=maybe').bearerToken(token),
      422
    )
    await expectStatus(client.get('/api/v1/notifications?filter[userId]=1').bearerToken(token), 422)

    await expectStatus(client.post('/api/v1/notifications/read-all').bearerToken(token), 204)
    assert.deepEqual(await count(), { data: { count: 0 } })
    const untouched = await Notification.findOrFail(theirs.id)
    assert.isNull(untouched.readAt)
  })

  test('reading needs no extra ability; marking read needs me:write', async ({ client }) => {
    const { broker, mine } = await seed()
    const readOnly = await bearerFor(broker, ['leads:read'])
    await expectStatus(client.get('/api/v1/notifications').bearerToken(readOnly), 200)
    await expectStatus(client.get('/api/v1/notifications/unread-count').bearerToken(readOnly), 200)
    await expectStatus(
      client.post(`/api/v1/notifications/${mine[0].id}/read`).bearerToken(readOnly),
      403
    )
    await expectStatus(client.post('/api/v1/notifications/read-all').bearerToken(readOnly), 403)
    await expectStatus(
      client
        .put('/api/v1/me/notification-preferences')
        .bearerToken(readOnly)
        .json({ preferences: [] }),
      403
    )
    await expectStatus(client.get('/api/v1/notifications'), 401)
  })

  test('the page lists them with filters, the bell counts them, opening one reads it', async ({
    client,
    assert,
  }) => {
    const { broker, mine } = await seed()

    const page = await client.get('/notifications?filter[read]=false').loginAs(broker).withInertia()
    page.assertStatus(200)
    page.assertInertiaComponent('notifications/index')
    page.assertInertiaPropsContains({
      unreadNotifications: 3,
      filters: { read: 'false', type: null },
      meta: { total: 3, perPage: 25, currentPage: 1, lastPage: 1 },
    })
    assert.equal(page.inertiaProps.notifications[0].title, 'New task for you')

    const latest = await client.get('/notifications/latest').loginAs(broker)
    assert.lengthOf(latest.body().data, 3)
    assert.equal(latest.body().meta.unreadCount, 3)

    const opened = await client
      .post(`/notifications/${mine[1].id}/open`)
      .loginAs(broker)
      .withCsrfToken()
      .redirects(0)
    opened.assertHeader('location', '/tasks')
    const counted = await client.get('/notifications/unread-count').loginAs(broker)
    assert.deepEqual(counted.body(), { data: { count: 2 } })

    await expectStatus(
      client

        .post('/notifications/read-all')

        .loginAs(broker)

        .withCsrfToken()

        .header('referer', '/notifications')

        .redirects(0),

      302
    )
    const after = await client.get('/notifications').loginAs(broker).withInertia()
    after.assertInertiaPropsContains({ unreadNotifications: 0 })
  })

  test('preferences have their own page and are saved from it', async ({ client, assert }) => {
    const { broker } = await createAgency()
    const page = await client.get('/notifications/preferences').loginAs(broker).withInertia()
    page.assertInertiaComponent('notifications/preferences')
    const preferences = page.inertiaProps.preferences as { type: string; email: boolean }[]
    assert.deepInclude(preferences, { type: 'deal.won', inApp: true, email: false })

    await expectStatus(
      client

        .put('/notifications/preferences')

        .loginAs(broker)

        .withCsrfToken()

        .header('referer', '/notifications/preferences')

        .json({ preferences: [{ type: 'deal.won', inApp: true, email: true }] })

        .redirects(0),

      302
    )
    const again = await client.get('/notifications/preferences').loginAs(broker).withInertia()
    assert.deepInclude(again.inertiaProps.preferences, {
      type: 'deal.won',
      inApp: true,
      email: true,
    })
  })
})
