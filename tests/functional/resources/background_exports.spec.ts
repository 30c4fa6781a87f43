import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import drive from '@adonisjs/drive/services/main'
import { QueueManager } from '@adonisjs/queue'
import ExcelJS from 'exceljs'
import { DateTime } from 'luxon'
import Contact from '#crm/models/contact'
import type User from '#identity/models/user'
import Notification from '#notifications/models/notification'
import HousekeepingJob from '#core/jobs/housekeeping_job'
import Export from '#resources/export/models/export'
import RunExportJob from '#resources/export/jobs/run_export_job'
import { exportFileKey } from '#resources/export/export_storage'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor, expectStatus } from '#tests/helpers/api'
import { csvRows, XLSX } from '#tests/helpers/spreadsheets'

function notificationsOf(user: User) {
  return Notification.query().where('user_id', user.id).orderBy('id')
}

async function seedContacts(organizationId: number, ownerId: number) {
  await Contact.createMany([
    { organizationId, name: 'Layla Haddad', source: 'referral', tags: [], ownerId, custom: {} },
    {
      organizationId,
      name: '=HYPERLINK("http://evil.example")',
      source: 'website',
      tags: [],
      ownerId,
      custom: {},
    },
    { organizationId, name: 'Omar Saleh', source: 'website', tags: [], custom: {} },
  ])
}

/**
 * The export folders of the organizations a test made, removed after it
 * (the rows go with the transaction).
 */
const folders: string[] = []

async function agency() {
  const created = await createAgency()
  folders.push(`exports/${created.organization.id}`)
  return created
}

test.group('Background exports', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))
  group.each.teardown(async () => {
    for (const folder of folders.splice(0)) await drive.use().deleteAll(folder)
  })

  test('the job writes the filtered view to a file, completes the export and tells the user', async ({
    client,
    assert,
  }) => {
    const { manager, broker, organization } = await agency()
    await seedContacts(organization.id, manager.id)
    const token = await bearerFor(manager)
    const dayBefore = DateTime.utc().toISODate()

    const queued = await client
      .post(
        '/api/v1/contacts/exports?format=csv&columns=name,source&filter[source]=website&sort=name'
      )
      .bearerToken(token)
    queued.assertStatus(202)
    const { data } = queued.body()
    const file = await Export.findOrFail(data.id)
    assert.containsSubset(data, {
      id: file.id,
      status: 'completed',
      resource: 'contacts',
      format: 'csv',
      rowCount: 2,
      downloadUrl: `/api/v1/exports/${file.id}/download`,
    })
    assert.isString(data.createdAt)
    assert.isString(data.finishedAt)
    assert.equal(file.status, 'completed')
    assert.equal(file.rowCount, 2)
    assert.equal(file.userId, manager.id)
    assert.equal(file.fileKey, `exports/${organization.id}/${file.id}.csv`)
    assert.deepInclude(file.params.qs, { filter: { source: 'website' }, sort: 'name' })

    const status = await client.get(`/api/v1/exports/${file.id}`).bearerToken(token)
    status.assertStatus(200)
    assert.deepEqual(status.body().data, data)

    const download = await client.get(data.downloadUrl).bearerToken(token)
    download.assertStatus(200)
    assert.match(download.header('content-type') ?? '', /^text\/csv; charset=utf-8/)
    // named for the day it was made (the run may cross midnight)
    assert.oneOf(
      download.header('content-disposition'),
      [dayBefore, DateTime.utc().toISODate()].map(
        (day) => `attachment; filename="contacts-${day}.csv"`
      )
    )
    assert.isTrue(download.text().startsWith('\uFEFFName,Source\r\n'))
    assert.deepEqual(csvRows(download.text()), [
      ['Name', 'Source'],
      ['\'=HYPERLINK("http://evil.example")', 'Website'],
      ['Omar Saleh', 'Website'],
    ])

    const [ready] = await notificationsOf(manager)
    assert.equal(ready.type, 'export.ready')
    assert.equal(ready.url, `/exports/${file.id}/download`)
    assert.deepInclude(ready.data, { resource: 'contacts', format: 'CSV', exportId: file.id })
    const listed = await client.get('/api/v1/notifications').bearerToken(token)
    assert.equal(listed.body().data[0].title, 'Your export is ready')
    assert.equal(
      listed.body().data[0].body,
      'Contacts (CSV): 2 rows. Open this notification to download the file.'
    )
    assert.lengthOf(await notificationsOf(broker), 0)

    manager.locale = 'ar'
    await manager.save()
    const arabic = await client.get('/api/v1/notifications').bearerToken(token)
    assert.equal(arabic.body().data[0].title, 'التصدير جاهز')
    assert.equal(
      arabic.body().data[0].body,
      'جهات الاتصال (CSV): صفّان. افتح هذا الإشعار لتنزيل الملف.'
    )
  })

  test('the notification link downloads the file in the admin panel', async ({
    client,
    assert,
  }) => {
    const { manager, organization } = await agency()
    await seedContacts(organization.id, manager.id)

    const queued = await client
      .post('/contacts/exports?format=csv&columns=name&filter[source]=referral')
      .loginAs(manager)
      .withCsrfToken()
      .header('referer', '/contacts?filter[source]=referral')
      .redirects(0)
    queued.assertStatus(302)
    assert.equal(decodeURI(queued.header('location') ?? ''), '/contacts?filter[source]=referral')
    queued.assertFlashMessage(
      'success',
      'Your export is being prepared; you will be notified when it is ready'
    )
    const file = await Export.findByOrFail('user_id', manager.id)
    const [ready] = await notificationsOf(manager)
    assert.equal(ready.url, `/exports/${file.id}/download`)

    const download = await client.get(ready.url!).loginAs(manager)
    download.assertStatus(200)
    assert.match(download.header('content-disposition') ?? '', /filename="contacts-.*\.csv"/)
    assert.deepEqual(csvRows(download.text()), [['Name'], ['Layla Haddad']])

    // opened from the bell (an Inertia visit): the browser is sent to fetch the file itself
    const visit = await client.get(ready.url!).loginAs(manager).withInertia()
    visit.assertStatus(409)
    assert.match(visit.header('x-inertia-location') ?? '', /\/exports\/\d+\/download$/)
  })

  test('only the user who asked sees or downloads an export', async ({ client }) => {
    const { manager, admin, organization } = await agency()
    const other = await agency()
    await seedContacts(organization.id, manager.id)
    const queued = await client
      .post('/api/v1/contacts/exports?columns=name')
      .bearerToken(await bearerFor(manager))
    queued.assertStatus(202)
    const { id } = queued.body().data

    for (const stranger of [admin, other.owner]) {
      const token = await bearerFor(stranger)
      await expectStatus(client.get(`/api/v1/exports/${id}`).bearerToken(token), 404)
      await expectStatus(client.get(`/api/v1/exports/${id}/download`).bearerToken(token), 404)
      await expectStatus(client.get(`/exports/${id}/download`).loginAs(stranger), 404)
    }
  })

  test('exporting needs the export permission, and a token the read ability', async ({
    client,
  }) => {
    const { manager, broker } = await agency()
    await expectStatus(
      client.post('/api/v1/contacts/exports').bearerToken(await bearerFor(broker)),
      403
    )
    await expectStatus(
      client.post('/contacts/exports').loginAs(broker).withCsrfToken().redirects(0),
      403
    )
    const other = await bearerFor(manager, ['companies:read'])
    await expectStatus(client.post('/api/v1/contacts/exports').bearerToken(other), 403)
    const queued = await client
      .post('/api/v1/contacts/exports')
      .bearerToken(await bearerFor(manager, ['contacts:read']))
    queued.assertStatus(202)
    const file = await Export.findOrFail(queued.body().data.id)
    await expectStatus(client.get(`/api/v1/exports/${file.id}`).bearerToken(other), 403)
  })

  test('a bad filter, column or format is a 422 and queues nothing', async ({ client, assert }) => {
    const { manager } = await agency()
    const token = await bearerFor(manager)
    const queue = QueueManager.fake()
    try {
      const filter = await client
        .post('/api/v1/contacts/exports?filter[doesNotExist]=1')
        .bearerToken(token)
      filter.assertStatus(422)
      assert.equal(filter.body().errors[0].field, 'filter[doesNotExist]')
      const columns = await client
        .post('/api/v1/contacts/exports?columns=name,password')
        .bearerToken(token)
      columns.assertStatus(422)
      assert.equal(columns.body().errors[0].field, 'columns')
      const format = await client.post('/api/v1/contacts/exports?format=pdf').bearerToken(token)
      format.assertStatus(422)
      assert.equal(format.body().errors[0].field, 'format')
      queue.assertNothingPushed()
    } finally {
      QueueManager.restore()
    }
    assert.lengthOf(await Export.all(), 0)
  })

  test('XLSX exports too', async ({ client, assert }) => {
    const { manager, organization } = await agency()
    await seedContacts(organization.id, manager.id)
    const token = await bearerFor(manager)
    const queued = await client
      .post('/api/v1/contacts/exports?format=xlsx&columns=name&sort=name')
      .bearerToken(token)
    queued.assertStatus(202)
    const file = await Export.findOrFail(queued.body().data.id)
    assert.equal(file.fileKey, `exports/${organization.id}/${file.id}.xlsx`)
    assert.equal(file.rowCount, 3)

    const download = await client.get(`/api/v1/exports/${file.id}/download`).bearerToken(token)
    download.assertStatus(200)
    assert.equal(download.header('content-type'), XLSX)
    assert.match(download.header('content-disposition') ?? '', /filename="contacts-.*\.xlsx"/)
    const body = download.body() as Buffer
    assert.equal(body.subarray(0, 4).toString('binary'), 'PK\u0003\u0004')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(body as any)
    const names = workbook.worksheets[0]
      .getSheetValues()
      .filter(Boolean)
      .map((row) => (row as unknown[])[1])
    assert.deepEqual(names, [
      'Name',
      '\'=HYPERLINK("http://evil.example")',
      'Layla Haddad',
      'Omar Saleh',
    ])
  })

  test('a retried job overwrites the same file', async ({ client, assert }) => {
    const { manager, organization } = await agency()
    await seedContacts(organization.id, manager.id)
    const queued = await client
      .post('/api/v1/contacts/exports?columns=name')
      .bearerToken(await bearerFor(manager))
    const file = await Export.findOrFail(queued.body().data.id)

    // as if the worker died after writing the file, before the row said so
    await Export.query().where('id', file.id).update({ status: 'running', rowCount: null })
    await Contact.create({ organizationId: organization.id, name: 'Late comer', custom: {} })
    await RunExportJob.dispatch({ exportId: file.id, organizationId: organization.id })

    await file.refresh()
    assert.equal(file.status, 'completed')
    assert.equal(file.rowCount, 4)
    const stored = await drive.use().listAll(`exports/${organization.id}`)
    assert.deepEqual(
      [...stored.objects].map((object) => ('key' in object ? object.key : object.prefix)),
      [exportFileKey(file)]
    )
  })

  test('an export whose view no longer holds fails and tells the user why', async ({
    client,
    assert,
  }) => {
    const { manager, organization } = await agency()
    const file = await Export.create({
      organizationId: organization.id,
      userId: manager.id,
      resource: 'contacts',
      format: 'csv',
      params: { qs: { filter: { 'custom.removed': 'x' } }, options: {} },
      status: 'queued',
    })
    await RunExportJob.dispatch({ exportId: file.id, organizationId: organization.id })

    await file.refresh()
    assert.equal(file.status, 'failed')
    assert.isNull(file.fileKey)
    assert.include(file.error, 'custom.removed')
    assert.isFalse(await drive.use().exists(exportFileKey(file)))
    const [failed] = await notificationsOf(manager)
    assert.equal(failed.type, 'export.failed')
    assert.equal(failed.url, '/contacts')

    const token = await bearerFor(manager)
    const status = await client.get(`/api/v1/exports/${file.id}`).bearerToken(token)
    assert.containsSubset(status.body().data, { status: 'failed', downloadUrl: null })
    const download = await client.get(`/api/v1/exports/${file.id}/download`).bearerToken(token)
    download.assertStatus(409)
    assert.equal(download.body().errors[0].code, 'E_EXPORT_NOT_READY')
  })

  test('housekeeping removes exports older than 7 days, row and file', async ({
    client,
    assert,
  }) => {
    const { manager } = await agency()
    const token = await bearerFor(manager)
    const queueOne = async () => {
      const response = await client.post('/api/v1/contacts/exports').bearerToken(token)
      return Export.findOrFail(response.body().data.id)
    }
    const old = await queueOne()
    const recent = await queueOne()
    await Export.query()
      .where('id', old.id)
      .update({ createdAt: DateTime.utc().minus({ days: 8 }).toSQL() })

    await HousekeepingJob.dispatch({})

    assert.isNull(await Export.find(old.id))
    assert.isFalse(await drive.use().exists(old.fileKey!))
    assert.isNotNull(await Export.find(recent.id))
    assert.isTrue(await drive.use().exists(recent.fileKey!))
  })
})
