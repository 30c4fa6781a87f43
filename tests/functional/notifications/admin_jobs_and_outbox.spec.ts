import { readFileSync } from 'node:fs'
import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import mail from '@adonisjs/mail/services/main'
import { DateTime } from 'luxon'
import { createServer } from 'vite'
import vue from '@vitejs/plugin-vue'
import { createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import env from '#start/env'
import Task from '#crm/models/task'
import Notification from '#notifications/models/notification'
import { UserFactory } from '#database/factories/user_factory'
import { createAgency } from '#tests/helpers/organizations'

const XSS = '<img src=x onerror=alert(1)>'

function failedJob(
  organizationId: number | null,
  job: string,
  payload: object,
  failedAt = DateTime.now()
) {
  return db
    .table('failed_jobs')
    .insert({
      organization_id: organizationId,
      queue: 'default',
      job,
      payload: JSON.stringify(payload),
      error: `${job} gave up`,
      attempts: 3,
      failed_at: failedAt.toJSDate(),
    })
    .returning('id')
    .then(([row]) => Number(row.id))
}

function keptMail(organizationId: number, subject: string, extra: object = {}, at = new Date()) {
  return db
    .table('mail_outbox')
    .insert({
      organization_id: organizationId,
      to: 'client@example.com',
      subject,
      html: `<p>${subject}</p>`,
      text: subject,
      created_at: at,
      ...extra,
    })
    .returning('id')
    .then(([row]) => Number(row.id))
}

function navigationKeys(props: Record<string, any>): string[] {
  return props.navigation.map((item: { key: string }) => item.key)
}

/**
 * Renders the outbox's mail component as the browser would build it (Vite
 * compiles the single-file component; Vue renders it to HTML).
 */
async function renderMailMessage(props: Record<string, unknown>) {
  const vite = await createServer({
    configFile: false,
    root: new URL('../../../', import.meta.url).pathname,
    logLevel: 'error',
    plugins: [vue()],
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  })
  try {
    const component = await vite.ssrLoadModule('/inertia/components/outbox/mail_message.vue')
    return await renderToString(createSSRApp({ render: () => h(component.default, props) }))
  } finally {
    await vite.close()
  }
}

test.group('Settings: background jobs', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test("an admin sees their organization's failed jobs, newest first, and no one else's", async ({
    client,
    assert,
  }) => {
    const riyadh = await createAgency()
    const dubai = await createAgency()
    const older = await failedJob(
      riyadh.organization.id,
      'TaskRemindersJob',
      {},
      DateTime.now().minus({ hours: 2 })
    )
    const newer = await failedJob(riyadh.organization.id, 'DeliverNotificationJob', {
      organizationId: riyadh.organization.id,
      userIds: [riyadh.broker.id],
    })
    await failedJob(dubai.organization.id, 'RunImportJob', {
      organizationId: dubai.organization.id,
    })
    await failedJob(null, 'HousekeepingJob', {})

    for (const user of [riyadh.admin, riyadh.owner]) {
      const response = await client.get('/settings/jobs').loginAs(user).withInertia()
      response.assertStatus(200)
      response.assertInertiaComponent('settings/jobs')
      const rows = response.inertiaProps.failedJobs
      assert.deepEqual(
        rows.map((row: { id: number }) => row.id),
        [newer, older]
      )
      assert.deepInclude(rows[1], {
        job: 'TaskRemindersJob',
        label: 'Task reminders',
        queue: 'default',
        error: 'TaskRemindersJob gave up',
        attempts: 3,
        payload: '{}',
      })
      assert.equal(rows[0].label, 'Notification delivery')
      assert.deepEqual(JSON.parse(rows[0].payload), {
        organizationId: riyadh.organization.id,
        userIds: [riyadh.broker.id],
      })
      assert.include(rows[0].payload, '\n  "userIds": [', 'pretty-printed')
      assert.match(rows[0].failedAt, /^\d{4}-\d\d-\d\dT.*Z$/)
      assert.includeMembers(navigationKeys(response.inertiaProps), ['jobs', 'outbox'])
    }

    const empty = await client.get('/settings/jobs').loginAs(dubai.owner).withInertia()
    assert.deepEqual(
      empty.inertiaProps.failedJobs.map((row: { job: string }) => row.job),
      ['RunImportJob']
    )
  })

  test('failed jobs come 25 to a page; a page size over 100 is refused', async ({
    client,
    assert,
  }) => {
    const { organization, admin } = await createAgency()
    for (let minutes = 1; minutes <= 30; minutes++) {
      await failedJob(organization.id, 'TaskRemindersJob', {}, DateTime.now().minus({ minutes }))
    }
    const newest = await failedJob(organization.id, 'HousekeepingJob', {})

    const first = await client.get('/settings/jobs').loginAs(admin).withInertia()
    assert.lengthOf(first.inertiaProps.failedJobs, 25)
    assert.equal(first.inertiaProps.failedJobs[0].id, newest)
    assert.deepEqual(first.inertiaProps.meta, {
      total: 31,
      perPage: 25,
      currentPage: 1,
      lastPage: 2,
    })

    const second = await client.get('/settings/jobs?page=2').loginAs(admin).withInertia()
    assert.lengthOf(second.inertiaProps.failedJobs, 6)
    assert.equal(second.inertiaProps.meta.currentPage, 2)
    const seen = [...first.inertiaProps.failedJobs, ...second.inertiaProps.failedJobs]
    assert.lengthOf(new Set(seen.map((row: { id: number }) => row.id)), 31)

    const invalid = await client.get('/settings/jobs?perPage=1000').loginAs(admin).redirects(0)
    invalid.assertStatus(302)
  })

  test('a failed mail shows its recipients and subject, never its body (it may hold a reset link)', async ({
    client,
    assert,
  }) => {
    const { organization, admin } = await createAgency()
    await failedJob(organization.id, 'SendMailJob', {
      key: 'k-1',
      mailer: 'smtp',
      organizationId: organization.id,
      message: {
        to: [{ address: 'broker@nova.test', name: 'Broker' }],
        subject: 'Reset your Nova CRM password',
        html: '<a href="https://crm.test/reset-password/secret-token">Choose a new password</a>',
      },
    })
    const response = await client.get('/settings/jobs').loginAs(admin).withInertia()
    const [row] = response.inertiaProps.failedJobs
    assert.deepEqual(JSON.parse(row.payload), {
      to: [{ address: 'broker@nova.test', name: 'Broker' }],
      subject: 'Reset your Nova CRM password',
    })
    assert.notInclude(JSON.stringify(response.inertiaProps), 'secret-token')
  })

  test('brokers and managers cannot open or act on the failed jobs', async ({ client, assert }) => {
    const { organization, broker, manager } = await createAgency()
    const id = await failedJob(organization.id, 'TaskRemindersJob', {})
    for (const user of [broker, manager]) {
      const page = await client.get('/settings/jobs').loginAs(user).withInertia()
      page.assertStatus(403)
      const retry = await client.post(`/settings/jobs/${id}/retry`).loginAs(user).withCsrfToken()
      retry.assertStatus(403)
      const discard = await client.delete(`/settings/jobs/${id}`).loginAs(user).withCsrfToken()
      discard.assertStatus(403)
      const home = await client.get('/').loginAs(user).withInertia()
      assert.notIncludeMembers(navigationKeys(home.inertiaProps), ['jobs', 'outbox'])
    }
    assert.exists(await db.from('failed_jobs').where('id', id).first())
  })

  test('retrying runs the job again and forgets the failure, audited', async ({
    client,
    assert,
  }) => {
    mail.fake()
    const { organization, admin, broker } = await createAgency()
    const task = await Task.create({
      organizationId: organization.id,
      title: 'Call Omar back',
      status: 'todo',
      priority: 'high',
      assigneeId: broker.id,
      dueAt: DateTime.now().plus({ hours: 3 }),
    })
    const id = await failedJob(organization.id, 'TaskRemindersJob', {})

    const response = await client
      .post(`/settings/jobs/${id}/retry`)
      .loginAs(admin)
      .withCsrfToken()
      .header('referer', '/settings/jobs')
      .redirects(0)
    mail.restore()

    response.assertStatus(302)
    response.assertHeader('location', '/settings/jobs')
    response.assertFlashMessage('success', 'Task reminders: queued again')
    assert.notExists(await db.from('failed_jobs').where('id', id).first())
    // the sync queue of the tests ran the job inline: the reminder was given
    assert.exists(
      await db.from('task_reminders').where({ task_id: task.id, kind: 'due_soon' }).first()
    )
    const reminders = await Notification.query().where('user_id', broker.id)
    assert.deepEqual(
      reminders.map((notification) => notification.type),
      ['task.due_soon']
    )
    const entry = await db.from('audit_logs').where('action', 'job.retried').firstOrFail()
    assert.include(entry, {
      organization_id: organization.id,
      actor_id: admin.id,
      entity_type: 'failed_job',
      entity_id: String(id),
    })
    assert.equal(entry.changes.before.job, 'TaskRemindersJob')
  })

  test('discarding forgets the failure, audited', async ({ client, assert }) => {
    const { organization, admin } = await createAgency()
    const id = await failedJob(organization.id, 'SendMailJob', { organizationId: organization.id })
    const kept = await failedJob(organization.id, 'DailyDigestJob', {})

    const response = await client
      .delete(`/settings/jobs/${id}`)
      .loginAs(admin)
      .withCsrfToken()
      .header('referer', '/settings/jobs')
      .redirects(0)
    response.assertHeader('location', '/settings/jobs')
    response.assertFlashMessage('success', 'E-mail: discarded')
    assert.notExists(await db.from('failed_jobs').where('id', id).first())
    assert.exists(await db.from('failed_jobs').where('id', kept).first())
    const entry = await db.from('audit_logs').where('action', 'job.discarded').firstOrFail()
    assert.include(entry, {
      organization_id: organization.id,
      actor_id: admin.id,
      entity_type: 'failed_job',
      entity_id: String(id),
    })
  })

  test("another organization's failed job is a 404 to retry or discard, and stays", async ({
    client,
    assert,
  }) => {
    const riyadh = await createAgency()
    const dubai = await createAgency()
    const theirs = await failedJob(dubai.organization.id, 'TaskRemindersJob', {})
    const nobodys = await failedJob(null, 'HousekeepingJob', {})

    for (const id of [theirs, nobodys, 999_999_999]) {
      const retry = await client
        .post(`/settings/jobs/${id}/retry`)
        .loginAs(riyadh.admin)
        .withCsrfToken()
        .withInertia()
      retry.assertStatus(404)
      retry.assertInertiaComponent('errors/not_found')
      const discard = await client
        .delete(`/settings/jobs/${id}`)
        .loginAs(riyadh.admin)
        .withCsrfToken()
        .withInertia()
      discard.assertStatus(404)
    }
    assert.lengthOf(await db.from('failed_jobs').whereIn('id', [theirs, nobodys]), 2)
    assert.notExists(await db.from('audit_logs').whereLike('action', 'job.%').first())
  })

  test('an empty list when nothing failed', async ({ client, assert }) => {
    const { admin } = await createAgency()
    const response = await client.get('/settings/jobs').loginAs(admin).withInertia()
    response.assertStatus(200)
    assert.deepEqual(response.inertiaProps.failedJobs, [])
  })
})

test.group('Settings: the outbox', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test("the outbox lists only the organization's mails, newest first, 25 a page", async ({
    client,
    assert,
  }) => {
    const riyadh = await createAgency()
    const dubai = await createAgency()
    const start = Date.now() - 60 * 60_000
    for (let index = 0; index < 27; index++) {
      await keptMail(riyadh.organization.id, `Mail ${index}`, {}, new Date(start + index * 60_000))
    }
    const theirs = await keptMail(dubai.organization.id, 'Dubai only')

    const first = await client.get('/settings/outbox').loginAs(riyadh.admin).withInertia()
    first.assertStatus(200)
    first.assertInertiaComponent('settings/outbox')
    const props = first.inertiaProps
    assert.lengthOf(props.mails, 25)
    assert.equal(props.mails[0].subject, 'Mail 26')
    assert.deepInclude(props.meta, { total: 27, perPage: 25, currentPage: 1, lastPage: 2 })
    assert.isNull(props.mail)
    assert.isFalse(props.smtpConfigured)
    assert.notInclude(JSON.stringify(props.mails), 'Dubai only')
    assert.deepEqual(Object.keys(props.mails[0]).sort(), ['createdAt', 'id', 'subject', 'to'])

    const second = await client.get('/settings/outbox?page=2').loginAs(riyadh.owner).withInertia()
    assert.deepEqual(
      second.inertiaProps.mails.map((row: { subject: string }) => row.subject),
      ['Mail 1', 'Mail 0']
    )

    const foreign = await client
      .get(`/settings/outbox/${theirs}`)
      .loginAs(riyadh.admin)
      .withInertia()
    foreign.assertStatus(404)
    foreign.assertInertiaComponent('errors/not_found')
    const foreignHtml = await client.get(`/settings/outbox/${theirs}/html`).loginAs(riyadh.admin)
    foreignHtml.assertStatus(404)
    assert.notInclude(foreignHtml.text(), 'Dubai only')

    const ours = props.mails[0].id
    for (const user of [riyadh.broker, riyadh.manager]) {
      const denied = await client.get('/settings/outbox').loginAs(user).withInertia()
      denied.assertStatus(403)
      const one = await client.get(`/settings/outbox/${theirs}`).loginAs(user).withInertia()
      one.assertStatus(403)
      const html = await client.get(`/settings/outbox/${ours}/html`).loginAs(user)
      html.assertStatus(403)
      assert.notInclude(html.text(), 'Mail 26')
    }
  })

  test('a mail with markup shows as text; its HTML only inside the sandboxed frame', async ({
    client,
    assert,
  }) => {
    const { organization, admin } = await createAgency()
    const html = `<p>Hello</p>${XSS}<script>alert(2)</script>`
    const id = await keptMail(organization.id, `Re: ${XSS}`, { html, text: `Hello ${XSS}` })

    const response = await client.get(`/settings/outbox/${id}`).loginAs(admin).withInertia()
    response.assertStatus(200)
    assert.include(response.inertiaProps.mail, {
      id,
      to: 'client@example.com',
      subject: `Re: ${XSS}`,
      htmlUrl: `/settings/outbox/${id}/html`,
      text: `Hello ${XSS}`,
    })
    assert.lengthOf(response.inertiaProps.mails, 1)

    // The document the browser loads carries the mail only as JSON data.
    const page = await client.get(`/settings/outbox/${id}`).loginAs(admin)
    page.assertStatus(200)
    const document = page.text()
    const data = /<script data-page="app" type="application\/json">([\s\S]*?)<\/script>/.exec(
      document
    )
    assert.exists(data)
    assert.notInclude(document.replace(data![0], ''), 'onerror')
    assert.notInclude(data![1], '</')

    // The page's mail component: subject and text escaped, HTML only in the frame.
    const rendered = await renderMailMessage({
      subject: response.inertiaProps.mail.subject,
      htmlUrl: response.inertiaProps.mail.htmlUrl,
      text: response.inertiaProps.mail.text,
      labels: { html: 'The mail as it looks', text: 'Plain text', empty: 'Empty' },
    })
    assert.notInclude(rendered, '<img')
    assert.notInclude(rendered, '<script')
    assert.include(rendered, 'Re: &lt;img src=x onerror=alert(1)&gt;')
    assert.include(rendered, 'Hello &lt;img src=x onerror=alert(1)&gt;')
    const frames = rendered.match(/<iframe[^>]*>/g) ?? []
    assert.lengthOf(frames, 1)
    assert.include(frames[0], 'sandbox=""')
    assert.include(frames[0], `src="/settings/outbox/${id}/html"`)

    // The frame's document: the mail as it was sent, under a policy of its
    // own that sandboxes it (no scripts run, even opened on its own) and lets
    // only https and inline images (the agency's logo) load.
    const frame = await client.get(`/settings/outbox/${id}/html`).loginAs(admin)
    frame.assertStatus(200)
    assert.equal(frame.text(), html)
    assert.match(frame.header('content-type') ?? '', /^text\/html; charset=utf-8/)
    const policy = (frame.header('content-security-policy') ?? '').split(/;\s*/)
    assert.includeMembers(policy, [
      `default-src 'none'`,
      'img-src https: data:',
      `frame-ancestors 'self'`,
      'sandbox',
    ])
    assert.notInclude(policy.join(';'), 'script-src')
    assert.equal(frame.header('x-frame-options'), 'SAMEORIGIN')
  })

  test('a mail kept without HTML has no frame to load', async ({ client, assert }) => {
    const { organization, admin } = await createAgency()
    const id = await keptMail(organization.id, 'Plain only', { html: null })
    const response = await client.get(`/settings/outbox/${id}`).loginAs(admin).withInertia()
    response.assertStatus(200)
    assert.isNull(response.inertiaProps.mail.htmlUrl)
    assert.equal(response.inertiaProps.mail.text, 'Plain only')
    const frame = await client.get(`/settings/outbox/${id}/html`).loginAs(admin)
    frame.assertStatus(404)
  })

  test('the note says whether mails are kept here or sent by SMTP', async ({ client, assert }) => {
    const { admin } = await createAgency()
    const kept = await client.get('/settings/outbox').loginAs(admin).withInertia()
    assert.isFalse(kept.inertiaProps.smtpConfigured)

    const before = env.get('SMTP_HOST')
    env.set('SMTP_HOST', 'smtp.example.com')
    try {
      const sent = await client.get('/settings/outbox').loginAs(admin).withInertia()
      assert.isTrue(sent.inertiaProps.smtpConfigured)
    } finally {
      env.set('SMTP_HOST', before)
      if (before === undefined) delete process.env.SMTP_HOST
    }
  })
})

test.group('Settings: jobs and outbox in Arabic', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('labels and messages are Arabic for an Arabic-speaking admin', async ({
    client,
    assert,
  }) => {
    const { organization } = await createAgency()
    const admin = await UserFactory.merge({ organizationId: organization.id })
      .apply('admin')
      .apply('arabic')
      .create()
    const id = await failedJob(organization.id, 'TaskRemindersJob', {})

    const jobs = await client.get('/settings/jobs').loginAs(admin).withInertia()
    assert.equal(jobs.inertiaProps.locale, 'ar')
    assert.equal(jobs.inertiaProps.dir, 'rtl')
    assert.equal(jobs.inertiaProps.failedJobs[0].label, 'تذكيرات المهام')

    const catalog = JSON.parse(
      readFileSync(new URL('../../../resources/lang/ar/ui.json', import.meta.url), 'utf8')
    )
    const labels = navigationKeys(jobs.inertiaProps)
      .filter((key) => key === 'jobs' || key === 'outbox')
      .map((key) => catalog.nav[key])
    assert.deepEqual(labels, ['العمليات في الخلفية', 'صندوق الصادر'])

    const discarded = await client
      .delete(`/settings/jobs/${id}`)
      .loginAs(admin)
      .withCsrfToken()
      .header('referer', '/settings/jobs')
      .redirects(0)
    discarded.assertFlashMessage('success', 'تذكيرات المهام: تم تجاهلها')

    const outbox = await client.get('/settings/outbox').loginAs(admin).withInertia()
    outbox.assertStatus(200)
    assert.equal(outbox.inertiaProps.dir, 'rtl')
  })
})
