import { randomUUID } from 'node:crypto'
import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import limiter from '@adonisjs/limiter/services/main'
import mail from '@adonisjs/mail/services/main'
import { DateTime } from 'luxon'
import { DELIVERY_KEY_HEADER } from '#core/mail/mail_headers'
import HousekeepingJob from '#core/jobs/housekeeping_job'
import Task from '#crm/models/task'
import Organization from '#identity/models/organization'
import User from '#identity/models/user'
import DailyDigestJob from '#notifications/jobs/daily_digest_job'
import DailyDigestMail from '#notifications/mails/daily_digest_mail'
import NotificationMail from '#notifications/mails/notification_mail'
import { DIGEST_HOUR } from '#notifications/queries/daily_digest'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor, expectStatus } from '#tests/helpers/api'

const ZONES = [
  'Pacific/Pago_Pago',
  'America/New_York',
  'UTC',
  'Asia/Riyadh',
  'Asia/Kolkata',
  'Asia/Tokyo',
  'Pacific/Kiritimati',
]

/** a time zone where it is now (not) yet the digest's hour */
/**
 * A zone whose local hour is within [from, to]: well clear of 07:00 and of
 * midnight, so the database's now (frozen when the test's transaction
 * began) sits on the same side of both.
 */
function zoneAtHour(from: number, to: number) {
  return ZONES.find((zone) => {
    const hour = DateTime.now().setZone(zone).hour
    return hour >= from && hour <= to
  })!
}

function outboxOf(organizationId: number) {
  return db.from('mail_outbox').where('organization_id', organizationId).orderBy('id')
}

test.group('Mails: queued, sent once, on the organization’s layout', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('a queued mail is sent by its job into the outbox, with the agency’s name and logo, once per delivery key', async ({
    assert,
  }) => {
    const { organization, broker } = await createAgency()
    organization.merge({ name: 'Gulf <Homes>', logoUrl: 'https://cdn.gulf-homes.test/logo.png' })
    await organization.save()
    const deliveryKey = randomUUID()
    const send = () => {
      const message = new NotificationMail(broker, 'en', organization).about(
        'task.overdue',
        { task: '<img src=x onerror=alert(1)>', taskId: 1, priority: 'high', dueAt: null },
        '/tasks/1'
      )
      message.message.header(DELIVERY_KEY_HEADER, deliveryKey)
      return mail.sendLater(message)
    }

    await send()
    await send()

    const mails = await outboxOf(organization.id)
    assert.lengthOf(mails, 1, 'the same delivery key sends one mail')
    const [sent] = mails
    assert.equal(sent.to, broker.email)
    assert.equal(sent.subject, 'Task overdue')
    assert.include(sent.html, 'Gulf &lt;Homes&gt;')
    assert.match(sent.html, /<img\s+src="https:\/\/cdn\.gulf-homes\.test\/logo\.png"/)
    assert.include(sent.html, '&lt;img src=x onerror=alert(1)&gt;')
    assert.notInclude(sent.html, '<img src=x')
    assert.include(sent.html, 'High', 'the task’s priority is shown')
    assert.exists(await db.from('sent_mails').where('key', deliveryKey).first())
  })

  test('Arabic mails are right-to-left, in Arabic', async ({ assert }) => {
    const { organization, broker } = await createAgency()
    const message = new NotificationMail(broker, 'ar', organization).about(
      'task.due_soon',
      { task: 'زيارة العقار', taskId: 2, priority: 'low', dueAt: DateTime.utc().toISO() },
      '/tasks/2'
    )
    await mail.sendLater(message)

    const [sent] = await outboxOf(organization.id)
    assert.equal(sent.subject, 'مهمة يقترب موعدها')
    assert.include(sent.html, 'dir="rtl"')
    assert.include(sent.html, 'زيارة العقار')
  })

  test('the logo must be an https address', async ({ client, assert }) => {
    const { organization, owner } = await createAgency()
    const refused = await client
      .patch('/settings')
      .loginAs(owner)
      .withCsrfToken()
      .header('referer', '/settings')
      .json({ logoUrl: 'javascript:alert(1)' })
      .redirects(0)
    refused.assertFlashMessage('inputErrorsBag', {
      logoUrl: ['Logo for e-mails must be an address starting with https://'],
    })

    await client
      .patch('/settings')
      .loginAs(owner)
      .withCsrfToken()
      .json({ logoUrl: 'https://cdn.nova.test/logo.svg' })
      .redirects(0)
    const saved = await Organization.findOrFail(organization.id)
    assert.equal(saved.logoUrl, 'https://cdn.nova.test/logo.svg')
  })
})

test.group('Daily digest', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('a user turns the digest on and off from their preferences (API)', async ({
    client,
    assert,
  }) => {
    const { broker } = await createAgency()
    const token = await bearerFor(broker)
    const shown = await expectStatus(
      client.get('/api/v1/me/notification-preferences').bearerToken(token),
      200
    )
    assert.isFalse(shown.body().dailyDigest)

    const saved = await expectStatus(
      client
        .put('/api/v1/me/notification-preferences')
        .bearerToken(token)
        .json({ preferences: [], dailyDigest: true }),
      200
    )
    assert.isTrue(saved.body().dailyDigest)
    const stored = await User.findOrFail(broker.id)
    assert.isTrue(stored.dailyDigest)
    await expectStatus(
      client
        .put('/api/v1/me/notification-preferences')
        .bearerToken(token)
        .json({ preferences: [], dailyDigest: 'yes please' }),
      422
    )
  })

  test('users who asked for it get one digest a day once their morning has come', async ({
    assert,
  }) => {
    const fake = mail.fake()
    const { organization, broker, manager, admin } = await createAgency()
    const morning = zoneAtHour(DIGEST_HOUR + 1, 22)
    broker.merge({ dailyDigest: true, timezone: morning })
    await broker.save()
    manager.merge({ dailyDigest: true, timezone: zoneAtHour(1, DIGEST_HOUR - 1) })
    await manager.save()
    admin.merge({ dailyDigest: false, timezone: morning })
    await admin.save()
    await Task.createMany([
      {
        organizationId: organization.id,
        title: '<b>Call Omar</b>',
        status: 'todo',
        priority: 'high',
        assigneeId: broker.id,
        dueAt: DateTime.now().plus({ minutes: 30 }),
      },
      {
        organizationId: organization.id,
        title: 'Old paperwork',
        status: 'todo',
        priority: 'low',
        assigneeId: broker.id,
        dueAt: DateTime.now().minus({ days: 2 }),
      },
    ])

    await DailyDigestJob.dispatch({}).run()
    await DailyDigestJob.dispatch({}).run()

    fake.mails.assertQueuedCount(DailyDigestMail, 1)
    const [digest] = fake.mails.queued() as DailyDigestMail[]
    assert.isTrue(digest.message.hasTo(broker.email))
    digest.message.assertContent('html', '&lt;b&gt;Call Omar&lt;/b&gt;')
    assert.equal(digest.contents.overdue, 1)
    assert.deepEqual(
      digest.contents.dueToday.map((task) => task.title),
      ['<b>Call Omar</b>']
    )
    mail.restore()
  })
})

test.group('Housekeeping', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('the daily sweep removes expired tokens and sessions and keeps live ones', async ({
    assert,
  }) => {
    const { broker } = await createAgency()
    const expired = await User.accessTokens.create(broker, ['*'], { expiresIn: '1 minute' })
    const live = await User.accessTokens.create(broker, ['*'], { expiresIn: '1 hour' })
    await db
      .from('auth_access_tokens')
      .where('id', Number(expired.identifier))
      .update({ expires_at: DateTime.now().minus({ minutes: 5 }).toJSDate() })
    await db.table('sessions').multiInsert([
      { id: 'old-session', data: '{}', user_id: String(broker.id), expires_at: new Date(0) },
      {
        id: 'live-session',
        data: '{}',
        user_id: String(broker.id),
        expires_at: DateTime.now().plus({ hours: 2 }).toJSDate(),
      },
    ])

    await HousekeepingJob.dispatch({}).run()

    const tokens = await db.from('auth_access_tokens').where('tokenable_id', broker.id)
    assert.deepEqual(
      tokens.map((token) => token.id),
      [Number(live.identifier)]
    )
    const sessions = await db.from('sessions').whereIn('id', ['old-session', 'live-session'])
    assert.deepEqual(
      sessions.map((session) => session.id),
      ['live-session']
    )
  })
})
