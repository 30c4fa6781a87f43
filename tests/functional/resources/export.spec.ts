import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import db from '@adonisjs/lucid/services/db'
import ExcelJS from 'exceljs'
import { DateTime } from 'luxon'
import Contact from '#crm/models/contact'
import Company from '#crm/models/company'
import CustomField from '#resources/models/custom_field'
import UserPermission from '#identity/models/user_permission'
import AuditLog from '#core/audit/models/audit_log'
import contacts from '#resources/contacts_resource'
import { ResourceContext } from '#resources/engine/resource_context'
import { filteredQuery } from '#resources/engine/list_records'
import { recordBatches, EXPORT_BATCH_SIZE } from '#resources/export/record_batches'
import { exportRecords } from '#resources/export/export_records'
import { tenantContext } from '#core/tenancy/tenant_context'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor, expectStatus } from '#tests/helpers/api'
import { csvRows, XLSX } from '#tests/helpers/spreadsheets'
import i18nManager from '@adonisjs/i18n/services/main'

async function seedContacts(organizationId: number, ownerId: number) {
  const company = await Company.create({ organizationId, name: 'Dar Al Arkan', custom: {} })
  await Contact.createMany([
    {
      organizationId,
      name: 'Layla Haddad',
      email: 'layla@example.com',
      phone: '+966501234567',
      source: 'referral',
      tags: ['vip', 'investor'],
      companyId: company.id,
      ownerId,
      doNotContact: true,
      birthday: DateTime.fromISO('1990-04-02'),
      notes: 'Likes "sea view", north side',
      custom: {},
    },
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
  return company
}

test.group('Resource export', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('CSV of the filtered view: BOM, CRLF, localized headers and readable values', async ({
    client,
    assert,
  }) => {
    const { manager, organization } = await createAgency()
    await seedContacts(organization.id, manager.id)
    const token = await bearerFor(manager)
    const dayBefore = DateTime.utc().toISODate()

    const response = await client
      .get('/api/v1/contacts/export?format=csv&filter[source]=referral')
      .bearerToken(token)
    response.assertStatus(200)
    assert.match(response.header('content-type') ?? '', /^text\/csv; charset=utf-8/)
    // named for the day it was made (the request may cross midnight)
    assert.oneOf(
      response.header('content-disposition'),
      [dayBefore, DateTime.utc().toISODate()].map(
        (day) => `attachment; filename="contacts-${day}.csv"`
      )
    )
    const text = response.text()
    assert.isTrue(text.startsWith('\uFEFFName,E-mail,Phone,Mobile,Job title,Company,Source,'))
    assert.include(text, '\r\n')
    assert.notMatch(text.replaceAll('\r\n', ''), /\n/)

    const [header, ...rows] = csvRows(text)
    assert.lengthOf(rows, 1)
    const row = Object.fromEntries(header.map((label, index) => [label, rows[0][index]]))
    assert.equal(row['Name'], 'Layla Haddad')
    assert.equal(row['Phone'], "'+966501234567")
    assert.equal(row['Company'], 'Dar Al Arkan')
    assert.equal(row['Source'], 'Referral')
    assert.equal(row['Tags'], 'vip, investor')
    assert.equal(row['Do not contact'], 'Yes')
    assert.equal(row['Birthday'], '1990-04-02')
    assert.equal(row['Owner'], manager.name)
    assert.equal(row['Notes'], 'Likes "sea view", north side')
    assert.match(row['Created'], /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
    assert.include(text, '"Likes ""sea view"", north side"')
  })

  test('cells that would start a formula are neutralized', async ({ client, assert }) => {
    const { manager, organization } = await createAgency()
    await seedContacts(organization.id, manager.id)
    const token = await bearerFor(manager)
    const response = await client
      .get('/api/v1/contacts/export?columns=name&sort=name')
      .bearerToken(token)
    response.assertStatus(200)
    assert.deepEqual(csvRows(response.text()), [
      ['Name'],
      ['\'=HYPERLINK("http://evil.example")'],
      ['Layla Haddad'],
      ['Omar Saleh'],
    ])
  })

  test('columns follow the view; unknown columns and formats are a 422', async ({
    client,
    assert,
  }) => {
    const { manager, organization } = await createAgency()
    await seedContacts(organization.id, manager.id)
    await CustomField.create({
      organizationId: organization.id,
      resource: 'contacts',
      key: 'budget',
      type: 'number',
      labelEn: 'Budget',
      labelAr: 'الميزانية',
      options: [],
    })
    const token = await bearerFor(manager)

    const view = await client
      .get('/api/v1/contacts/export?columns=email,name,custom.budget&filter[source]=referral')
      .bearerToken(token)
      .header('accept-language', 'ar')
    view.assertStatus(200)
    assert.deepEqual(csvRows(view.text()), [
      ['البريد الإلكتروني', 'الاسم', 'الميزانية'],
      ['layla@example.com', 'Layla Haddad', ''],
    ])

    const unknown = await client
      .get('/api/v1/contacts/export?columns=name,password')
      .bearerToken(token)
    unknown.assertStatus(422)
    assert.equal(unknown.body().errors[0].field, 'columns')
    assert.include(unknown.body().errors[0].message, 'password')

    const format = await client.get('/api/v1/contacts/export?format=pdf').bearerToken(token)
    format.assertStatus(422)
    assert.equal(format.body().errors[0].field, 'format')

    const filter = await client
      .get('/api/v1/contacts/export?filter[doesNotExist]=1')
      .bearerToken(token)
    filter.assertStatus(422)
    assert.equal(filter.body().errors[0].field, 'filter[doesNotExist]')
  })

  test('XLSX of the view, with localized headers and typed cells', async ({ client, assert }) => {
    const { manager, organization } = await createAgency()
    await seedContacts(organization.id, manager.id)
    await CustomField.create({
      organizationId: organization.id,
      resource: 'contacts',
      key: 'budget',
      type: 'number',
      labelEn: 'Budget',
      labelAr: 'الميزانية',
      options: [],
    })
    await Contact.query()
      .where('name', 'Omar Saleh')
      .update({ custom: { budget: 1500 } })
    const token = await bearerFor(manager)

    const response = await client
      .get('/api/v1/contacts/export?format=xlsx&columns=name,source,custom.budget&sort=name')
      .bearerToken(token)
      .header('accept-language', 'ar')
    response.assertStatus(200)
    assert.equal(response.header('content-type'), XLSX)
    assert.match(
      response.header('content-disposition') ?? '',
      /filename="contacts-\d{4}-\d{2}-\d{2}\.xlsx"/
    )

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(response.body())
    const sheet = workbook.worksheets[0]
    assert.equal(sheet.name, i18nManager.locale('ar').t('resources.contacts.plural'))
    assert.isTrue(sheet.views[0].rightToLeft)
    const values = sheet
      .getSheetValues()
      .filter(Boolean)
      .map((row) => (row as unknown[]).slice(1))
    assert.deepEqual(values, [
      ['الاسم', 'المصدر', 'الميزانية'],
      ['\'=HYPERLINK("http://evil.example")', 'الموقع الإلكتروني'],
      ['Layla Haddad', i18nManager.locale('ar').t('resources.contacts.options.source.referral')],
      ['Omar Saleh', 'الموقع الإلكتروني', 1500],
    ])
  })

  test('brokers may not export by default; with the grant they export only their own', async ({
    client,
    assert,
  }) => {
    const { manager, broker, organization } = await createAgency()
    await seedContacts(organization.id, manager.id)
    await Contact.create({
      organizationId: organization.id,
      name: 'Broker lead',
      ownerId: broker.id,
      custom: {},
    })
    const token = await bearerFor(broker)
    await expectStatus(client.get('/api/v1/contacts/export').bearerToken(token), 403)

    await UserPermission.create({
      organizationId: organization.id,
      userId: broker.id,
      permission: 'contacts.export',
    })
    const granted = await client.get('/api/v1/contacts/export?columns=name').bearerToken(token)
    granted.assertStatus(200)
    assert.deepEqual(csvRows(granted.text()), [['Name'], ['Broker lead']])
  })

  test('only records of the own organization are exported', async ({ client, assert }) => {
    const mine = await createAgency()
    const other = await createAgency()
    await seedContacts(other.organization.id, other.manager.id)
    await Contact.create({ organizationId: mine.organization.id, name: 'Mine', custom: {} })
    const token = await bearerFor(mine.admin)
    const response = await client.get('/api/v1/contacts/export?columns=name').bearerToken(token)
    assert.deepEqual(csvRows(response.text()), [['Name'], ['Mine']])
  })

  test('the export is audited with its format, view and row count', async ({ client, assert }) => {
    const { manager, organization } = await createAgency()
    await seedContacts(organization.id, manager.id)
    const token = await bearerFor(manager)
    await expectStatus(
      client.get('/api/v1/contacts/export?format=csv&filter[source]=website').bearerToken(token),
      200
    )
    const audit = await AuditLog.findByOrFail('action', 'contacts.exported')
    assert.equal(audit.actorId, manager.id)
    assert.equal(audit.organizationId, organization.id)
    assert.containsSubset(audit.changes, {
      after: { format: 'csv', filter: { source: 'website' }, rows: 2, completed: true },
    })
  })

  test('a token needs the read ability of the feature to export', async ({ client }) => {
    const { manager } = await createAgency()
    const reader = await bearerFor(manager, ['contacts:read'])
    const other = await bearerFor(manager, ['companies:read'])
    await expectStatus(client.get('/api/v1/contacts/export').bearerToken(reader), 200)
    await expectStatus(client.get('/api/v1/contacts/export').bearerToken(other), 403)
  })

  test('the admin panel downloads the same export with the session', async ({ client, assert }) => {
    const { manager, broker, organization } = await createAgency()
    await seedContacts(organization.id, manager.id)
    const response = await client
      .get('/contacts/export?columns=name&filter[source]=referral')
      .loginAs(manager)
    response.assertStatus(200)
    assert.deepEqual(csvRows(response.text()), [['Name'], ['Layla Haddad']])
    await expectStatus(client.get('/companies/export').loginAs(broker), 403)
  })

  test('large views stream batch by batch through a cursor, in order', async ({
    client,
    assert,
  }) => {
    const { manager, organization } = await createAgency()
    const total = EXPORT_BATCH_SIZE * 3 + 7
    await db.rawQuery(
      `INSERT INTO contacts (organization_id, name, email, tags, notes, custom, owner_id, created_at, updated_at)
       SELECT ?, 'Contact ' || n, 'c' || n || '@example.com', '{vip}', 'note', '{}', ?, now(), now()
       FROM generate_series(1, ?) AS n`,
      [organization.id, manager.id, total]
    )
    const context = await ResourceContext.for(contacts, manager, i18nManager.locale('en'))

    await tenantContext.run(organization.id, async () => {
      const sizes: number[] = []
      for await (const batch of recordBatches(context, filteredQuery(context, { sort: 'id' }))) {
        sizes.push(batch.length)
      }
      assert.deepEqual(sizes, [EXPORT_BATCH_SIZE, EXPORT_BATCH_SIZE, EXPORT_BATCH_SIZE, 7])
      const xlsx = exportRecords(context, { sort: 'id' }, { format: 'xlsx' })
      for await (const chunk of xlsx.stream) void chunk
      assert.equal(await xlsx.done, total)
    })

    const token = await bearerFor(manager)
    const response = await client
      .get('/api/v1/contacts/export?columns=name,email&sort=id')
      .bearerToken(token)
    response.assertStatus(200)
    const lines = response.text().split('\r\n')
    assert.lengthOf(lines, total + 2)
    assert.equal(lines[1], 'Contact 1,c1@example.com')
    assert.equal(lines[total], `Contact ${total},c${total}@example.com`)
  })
})
