import { rm } from 'node:fs/promises'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import db from '@adonisjs/lucid/services/db'
import ExcelJS from 'exceljs'
import type { ApiClient } from '@japa/api-client'
import Contact from '#crm/models/contact'
import Company from '#crm/models/company'
import CustomField from '#resources/models/custom_field'
import AuditLog from '#core/audit/models/audit_log'
import Import from '#resources/imports/models/import'
import ImportChange from '#resources/imports/models/import_change'
import { importTask } from '#resources/imports/import_tasks'
import type { ImportSettings } from '#resources/imports/import_settings'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor, expectStatus } from '#tests/helpers/api'
import { csvOf } from '#tests/helpers/spreadsheets'

const HEADERS = [
  'الاسم',
  'البريد الالكتروني',
  'الهاتف',
  'المصدر',
  'الوسوم',
  'الشركة',
  'عدم التواصل',
  'تاريخ الميلاد',
  'الميزانية',
  'ملاحظة داخلية',
]

/**
 * Row 2 is valid, 3 is invalid (and starts with a formula), 4 matches an
 * existing contact by e-mail, 5 is valid, 6 repeats row 2's e-mail.
 */
const ROWS = [
  [
    'سارة العتيبي',
    'sara@example.com',
    '0501234567',
    'إحالة',
    'vip;جديد',
    'Acme',
    'نعم',
    '31/12/1990',
    '5000',
    'x',
  ],
  ['=HYPERLINK("http://evil")', 'not-an-email', '', '', '', '', '', '', '', ''],
  ['Omar Updated', 'OMAR@example.com', '+966 55 000 1111', '', '', '', '', '', '', ''],
  ['Layla', 'layla@example.com', '', 'website', '', '', 'no', '', '', ''],
  ['Sara Again', 'sara@example.com', '', '', '', '', '', '', '', ''],
]

const MAPPING = {
  'الاسم': 'name',
  'البريد الالكتروني': 'email',
  'الهاتف': 'phone',
  'المصدر': 'source',
  'الوسوم': 'tags',
  'الشركة': 'companyId',
  'عدم التواصل': 'doNotContact',
  'تاريخ الميلاد': 'birthday',
  'الميزانية': 'custom.budget',
  'ملاحظة داخلية': null,
}

async function setUpAgency() {
  const agency = await createAgency()
  const { organization } = agency
  await CustomField.create({
    organizationId: organization.id,
    resource: 'contacts',
    key: 'budget',
    type: 'number',
    labelEn: 'Budget',
    labelAr: 'الميزانية',
    options: [],
  })
  const company = await Company.create({
    organizationId: organization.id,
    name: 'Acme',
    custom: {},
  })
  const omar = await Contact.create({
    organizationId: organization.id,
    name: 'Omar',
    email: 'omar@example.com',
    phone: '+966500000000',
    custom: {},
  })
  const token = await bearerFor(agency.manager)
  return { ...agency, company, omar, token }
}

async function upload(client: ApiClient, token: string, body: Buffer, filename = 'contacts.csv') {
  return client.post('/api/v1/contacts/imports').bearerToken(token).file('file', body, { filename })
}

async function uploaded(client: ApiClient, token: string, body = csvOf(HEADERS, ROWS)) {
  const response = await upload(client, token, body)
  response.assertStatus(201)
  return response.body().data as { id: number; [key: string]: any }
}

async function commit(client: ApiClient, token: string, id: number, mode: string) {
  const response = await client
    .post(`/api/v1/contacts/imports/${id}/commit`)
    .bearerToken(token)
    .json({ mapping: MAPPING, matchKey: 'email', mode })
  response.assertStatus(202)
  await importTask(id)
  const progress = await client.get(`/api/v1/contacts/imports/${id}`).bearerToken(token)
  return progress.body().data
}

function withSettings(changes: Partial<ImportSettings>) {
  const before = { ...app.config.get<ImportSettings>('imports') }
  for (const [key, value] of Object.entries(changes)) app.config.set(`imports.${key}`, value)
  return () => app.config.set('imports', before)
}

test.group('Resource imports', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))
  group.setup(() => {
    const restore = withSettings({ directory: 'tmp/imports_test' })
    return async () => {
      restore()
      await rm(app.makePath('tmp/imports_test'), { recursive: true, force: true })
    }
  })

  test('the upload suggests a mapping from Arabic headers and shows a sample', async ({
    client,
    assert,
  }) => {
    const { token } = await setUpAgency()
    const data = await uploaded(client, token)

    assert.equal(data.status, 'uploaded')
    assert.equal(data.totalRows, 5)
    assert.deepEqual(data.headers, HEADERS)
    assert.deepEqual(data.suggestedMapping, MAPPING)
    assert.equal(data.matchKey, 'email')
    assert.equal(data.sample[0][0], 'سارة العتيبي')
    assert.lengthOf(data.sample, 5)
    assert.include(
      data.fields.map((field: { key: string }) => field.key),
      'custom.budget'
    )
    assert.match(data.links.dryRun, new RegExp(`/api/v1/contacts/imports/${data.id}/dry-run$`))
  })

  test('a semicolon CSV and an XLSX workbook are read too', async ({ client, assert }) => {
    const { token } = await setUpAgency()
    const semicolon = await uploaded(
      client,
      token,
      csvOf(['Full name', 'Contact E-mail', 'Mobile phone'], [['A', 'a@x.io', '']], ';')
    )
    assert.deepEqual(semicolon.suggestedMapping, {
      'Full name': 'name',
      'Contact E-mail': 'email',
      'Mobile phone': null,
    })

    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Contacts')
    sheet.addRow(['Name', 'Birthday', 'Tags'])
    sheet.addRow(['Huda', new Date(Date.UTC(1988, 4, 17)), 'a, b'])
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer())
    const response = await upload(client, token, xlsx, 'contacts.xlsx')
    response.assertStatus(201)
    const data = response.body().data
    assert.deepEqual(data.sample, [['Huda', '1988-05-17', 'a, b']])

    const dryRun = await client
      .post(`/api/v1/contacts/imports/${data.id}/dry-run`)
      .bearerToken(token)
      .json({ mapping: data.suggestedMapping, mode: 'create' })
    dryRun.assertStatus(200)
    assert.deepEqual(dryRun.body().data.counts, { created: 1, updated: 0, skipped: 0, rejected: 0 })
  })

  test('a dry run reports invalid rows and duplicates per mode, and writes nothing', async ({
    client,
    assert,
  }) => {
    const { token, organization } = await setUpAgency()
    const { id } = await uploaded(client, token)
    const dryRun = (mode: string) =>
      client
        .post(`/api/v1/contacts/imports/${id}/dry-run`)
        .bearerToken(token)
        .json({ mapping: MAPPING, matchKey: 'email', mode })

    const skip = await dryRun('skip')
    skip.assertStatus(200)
    assert.equal(skip.body().data.status, 'validated')
    assert.deepEqual(skip.body().data.counts, { created: 2, updated: 0, skipped: 2, rejected: 1 })
    const existingContact = await Contact.query()
      .where('organizationId', organization.id)
      .firstOrFail()
    const existingId = existingContact.id
    assert.deepEqual(skip.body().data.errors, [
      { row: 3, field: 'email', message: 'E-mail must be a valid e-mail address' },
      {
        row: 4,
        field: 'email',
        kind: 'duplicate',
        message: `Skipped: same E-mail as record #${existingId}`,
      },
      { row: 6, field: 'email', kind: 'duplicate', message: 'Same E-mail as row 2 of this file' },
    ])

    const update = await dryRun('update')
    assert.deepEqual(update.body().data.counts, { created: 2, updated: 1, skipped: 0, rejected: 2 })
    const duplicate = update.body().data.errors.find((error: { row: number }) => error.row === 6)
    assert.deepEqual(duplicate, {
      row: 6,
      field: 'email',
      message: 'Same E-mail as row 2 of this file',
    })

    const create = await dryRun('create')
    assert.deepEqual(create.body().data.counts, { created: 4, updated: 0, skipped: 0, rejected: 1 })

    const arabic = await client
      .post(`/api/v1/contacts/imports/${id}/dry-run`)
      .bearerToken(token)
      .header('accept-language', 'ar')
      .json({ mapping: MAPPING, matchKey: 'email', mode: 'skip' })
    assert.include(arabic.body().data.errors[0].message, 'البريد الإلكتروني')

    const contacts = await Contact.query().where('organizationId', organization.id)
    assert.lengthOf(contacts, 1)
  })

  test('invalid mappings are field errors', async ({ client, assert }) => {
    const { token } = await setUpAgency()
    const { id } = await uploaded(client, token)
    const response = await client
      .post(`/api/v1/contacts/imports/${id}/commit`)
      .bearerToken(token)
      .json({
        mapping: { 'البريد الالكتروني': 'email', 'الهاتف': 'email', 'Nope': 'phone' },
        matchKey: 'tags',
        mode: 'update',
      })
    response.assertStatus(422)
    const messages = response.body().errors.map((error: { message: string }) => error.message)
    assert.includeMembers(messages, [
      'E-mail is mapped to more than one column',
      '"Nope" is not a column of the file',
      'Name is required: map a column to it',
      'Choose a mapped field to find duplicates by, such as e-mail or phone',
    ])
    const file = await Import.findOrFail(id)
    assert.equal(file.status, 'uploaded')
  })

  test('a commit creates the valid rows, skips duplicates and reports the rejected ones', async ({
    client,
    assert,
  }) => {
    const { token, organization, company, omar, manager } = await setUpAgency()
    const { id } = await uploaded(client, token)
    const result = await commit(client, token, id, 'skip')

    assert.equal(result.status, 'completed')
    assert.equal(result.progress, 100)
    assert.deepEqual(result.counts, { created: 2, updated: 0, skipped: 2, rejected: 1 })

    const sara = await Contact.query()
      .where('organizationId', organization.id)
      .where('email', 'sara@example.com')
      .firstOrFail()
    assert.equal(sara.name, 'سارة العتيبي')
    assert.equal(sara.phone, '+966501234567')
    assert.equal(sara.source, 'referral')
    assert.deepEqual(sara.tags, ['vip', 'جديد'])
    assert.equal(sara.companyId, company.id)
    assert.isTrue(sara.doNotContact)
    assert.equal(sara.birthday?.toISODate(), '1990-12-31')
    assert.deepEqual(sara.custom, { budget: 5000 })
    assert.equal(sara.ownerId, manager.id)
    await omar.refresh()
    assert.equal(omar.name, 'Omar')

    const changes = await ImportChange.query().where('importId', id)
    assert.lengthOf(changes, 2)
    const audits = await AuditLog.query().where('action', 'contacts.imported')
    assert.lengthOf(audits, 1)
    assert.equal(audits[0].actorId, manager.id)

    const report = await client.get(`/api/v1/contacts/imports/${id}/rejected`).bearerToken(token)
    report.assertStatus(200)
    report.assertHeader('content-type', 'text/csv; charset=utf-8')
    const text = report.text()
    assert.isTrue(text.startsWith('\uFEFF'))
    const lines = text.slice(1).trimEnd().split('\r\n')
    assert.lengthOf(lines, 2)
    assert.equal(lines[0], `${HEADERS.join(',')},error`)
    assert.isTrue(lines[1].startsWith(`"'=HYPERLINK(""http://evil"")",not-an-email,`))
    assert.isTrue(lines[1].endsWith(',E-mail must be a valid e-mail address'))

    await expectStatus(
      client
        .post(`/api/v1/contacts/imports/${id}/commit`)
        .bearerToken(token)
        .json({ mapping: MAPPING, matchKey: 'email', mode: 'skip' }),
      409
    )
  })

  test('an update import can be undone: created records go, updated ones come back', async ({
    client,
    assert,
  }) => {
    const { token, organization, omar } = await setUpAgency()
    const { id } = await uploaded(client, token)
    const result = await commit(client, token, id, 'update')
    assert.deepEqual(result.counts, { created: 2, updated: 1, skipped: 0, rejected: 2 })

    await omar.refresh()
    assert.equal(omar.name, 'Omar Updated')
    assert.equal(omar.phone, '+966550001111')
    assert.equal(omar.email, 'omar@example.com')
    assert.equal(omar.version, 2)

    const undo = await client.post(`/api/v1/contacts/imports/${id}/undo`).bearerToken(token)
    undo.assertStatus(200)
    assert.equal(undo.body().data.status, 'undone')
    assert.isNotNull(undo.body().data.undoneAt)

    await omar.refresh()
    assert.equal(omar.name, 'Omar')
    assert.equal(omar.phone, '+966500000000')
    assert.equal(omar.version, 3)
    const contacts = await Contact.query().where('organizationId', organization.id)
    assert.deepEqual(
      contacts.map((contact) => contact.id),
      [omar.id]
    )
    assert.lengthOf(await AuditLog.query().where('action', 'contacts.import_undone'), 1)
    await expectStatus(client.post(`/api/v1/contacts/imports/${id}/undo`).bearerToken(token), 409)
  })

  test('a failure on a later batch leaves no rows written', async ({ client, assert }) => {
    const restore = withSettings({ batchSize: 2 })
    try {
      const { token, organization } = await setUpAgency()
      // the database refuses the last row (the test's own trigger, rolled back with it)
      await db.rawQuery(`CREATE FUNCTION refuse_eyad() RETURNS trigger AS $$
        BEGIN IF NEW.name = 'Eyad' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END
        $$ LANGUAGE plpgsql`)
      await db.rawQuery(
        'CREATE TRIGGER refuse_eyad BEFORE INSERT ON contacts FOR EACH ROW EXECUTE FUNCTION refuse_eyad()'
      )
      const rows = ['Ali', 'Basma', 'Camil', 'Dana', 'Eyad'].map((name, index) => [
        name,
        `${index}@example.com`,
      ])
      const { id } = await uploaded(client, token, csvOf(['Name', 'Email'], rows))
      const response = await client
        .post(`/api/v1/contacts/imports/${id}/commit`)
        .bearerToken(token)
        .json({ mapping: { Name: 'name', Email: 'email' }, mode: 'create' })
      response.assertStatus(202)
      await importTask(id)

      const file = await Import.findOrFail(id)
      assert.equal(file.status, 'failed')
      assert.include(file.failure, 'rows 6–6')
      assert.include(file.failure, 'refused by the test')
      assert.equal(file.processedRows, 0)
      assert.equal(file.createdCount, 0)
      const contacts = await Contact.query().where('organizationId', organization.id)
      assert.lengthOf(contacts, 1)
      assert.lengthOf(await ImportChange.query().where('importId', id), 0)
      assert.lengthOf(await AuditLog.query().where('action', 'contacts.imported'), 0)
    } finally {
      restore()
    }
  })

  test('a cell the database cannot store rejects its row, the others are imported', async ({
    client,
    assert,
  }) => {
    const { token, organization, company } = await setUpAgency()
    const rows = [
      ['Ali', 'ali@example.com', 'Acme'],
      ['Basma\u0000', 'basma@example.com', ''],
      ['Camil', 'camil@example.com', 'Ac\u0000me'],
    ]
    const { id, sample } = await uploaded(client, token, csvOf(['Name', 'Email', 'Company'], rows))
    assert.equal(sample[1][0], 'Basma\uFFFD')
    const response = await client
      .post(`/api/v1/contacts/imports/${id}/commit`)
      .bearerToken(token)
      .json({ mapping: { Name: 'name', Email: 'email', Company: 'companyId' }, mode: 'create' })
    response.assertStatus(202)
    await importTask(id)

    const progress = await client.get(`/api/v1/contacts/imports/${id}`).bearerToken(token)
    const result = progress.body()
    assert.equal(result.data.status, 'completed')
    assert.deepEqual(result.data.counts, { created: 1, updated: 0, skipped: 0, rejected: 2 })
    const contacts = await Contact.query()
      .where('organizationId', organization.id)
      .whereNot('name', 'Omar')
    assert.deepEqual(
      contacts.map((contact) => [contact.name, contact.companyId]),
      [['Ali', company.id]]
    )
    const report = await client.get(`/api/v1/contacts/imports/${id}/rejected`).bearerToken(token)
    report.assertStatus(200)
    const lines = report.text().slice(1).trimEnd().split('\r\n')
    assert.deepEqual(lines.slice(1), [
      'Basma\uFFFD,basma@example.com,,Name contains characters that cannot be stored',
      'Camil,camil@example.com,Ac\uFFFDme,Company contains characters that cannot be stored',
    ])
  })

  test('another organization’s import is not found', async ({ client }) => {
    const mine = await setUpAgency()
    const { id } = await uploaded(client, mine.token)
    const other = await createAgency()
    const token = await bearerFor(other.admin)
    const body = { mapping: MAPPING, matchKey: 'email', mode: 'skip' }
    await expectStatus(client.get(`/api/v1/contacts/imports/${id}`).bearerToken(token), 404)
    await expectStatus(
      client.post(`/api/v1/contacts/imports/${id}/dry-run`).bearerToken(token).json(body),
      404
    )
    await expectStatus(
      client.post(`/api/v1/contacts/imports/${id}/commit`).bearerToken(token).json(body),
      404
    )
    await expectStatus(client.post(`/api/v1/contacts/imports/${id}/undo`).bearerToken(token), 404)
    await expectStatus(
      client.get(`/api/v1/contacts/imports/${id}/rejected`).bearerToken(token),
      404
    )
  })

  test('a broker may not import', async ({ client }) => {
    const { broker } = await setUpAgency()
    const token = await bearerFor(broker)
    await expectStatus(upload(client, token, csvOf(['Name'], [['A']])), 403)
    await expectStatus(client.get('/contacts/import').loginAs(broker), 403)
  })

  test('a token without contacts:write may not import', async ({ client }) => {
    const { manager } = await setUpAgency()
    const token = await bearerFor(manager, ['contacts:read'])
    await expectStatus(upload(client, token, csvOf(['Name'], [['A']])), 403)
  })

  test('files too big, too long or of another format are a clear 422', async ({
    client,
    assert,
  }) => {
    const { token } = await setUpAgency()
    const restore = withSettings({ maxBytes: 1024, maxRows: 3 })
    try {
      const big = await upload(client, token, csvOf(['Name'], [['x'.repeat(2000)]]))
      big.assertStatus(422)
      assert.equal(big.body().errors[0].field, 'file')
      assert.equal(
        big.body().errors[0].message,
        'The file is larger than 1 KB. Split it into smaller files'
      )

      const rows = Array.from({ length: 4 }, (_, index) => [`Name ${index}`])
      const long = await upload(client, token, csvOf(['Name'], rows))
      long.assertStatus(422)
      assert.equal(
        long.body().errors[0].message,
        'The file has more than 3 rows. Split it into smaller files'
      )

      const pdf = await upload(client, token, Buffer.from('%PDF-1.4'), 'contacts.pdf')
      pdf.assertStatus(422)
      assert.equal(pdf.body().errors[0].message, 'Upload a CSV (.csv) or Excel (.xlsx) file')

      const arabic = await client
        .post('/api/v1/contacts/imports')
        .bearerToken(token)
        .header('accept-language', 'ar')
        .file('file', csvOf(['Name'], rows), { filename: 'c.csv' })
      assert.include(arabic.body().errors[0].message, 'قسّمه')
    } finally {
      restore()
    }
  })

  test('uploads above the app-wide body limit reach the import limits', async ({
    client,
    assert,
  }) => {
    const { token } = await setUpAgency()
    const restore = withSettings({ maxRows: 10 })
    try {
      const body = Buffer.from(`Name\n${'abcdefghij\n'.repeat(2_200_000)}`)
      assert.isAbove(body.length, 21 * 1024 * 1024)
      const response = await upload(client, token, body)
      response.assertStatus(422)
      assert.include(response.body().errors[0].message, 'more than 10 rows')
    } finally {
      restore()
    }
  })

  test('the wizard page and its JSON endpoints work in the admin panel', async ({
    client,
    assert,
  }) => {
    const { manager } = await setUpAgency()
    const page = await client.get('/contacts/import').loginAs(manager).withInertia()
    page.assertStatus(200)
    page.assertInertiaComponent('resources/import')
    const props = page.inertiaProps as Record<string, any>
    assert.equal(props.uploadUrl, '/contacts/imports')
    assert.equal(props.limits.maxRows, 1_000_000)

    const response = await client
      .post('/contacts/imports')
      .loginAs(manager)
      .withCsrfToken()
      .header('accept', 'application/json')
      .file('file', csvOf(HEADERS, ROWS), { filename: 'contacts.csv' })
    response.assertStatus(201)
    const data = response.body().data
    assert.equal(data.links.dryRun, `/contacts/imports/${data.id}/dry-run`)

    const dryRun = await client
      .post(data.links.dryRun)
      .loginAs(manager)
      .withCsrfToken()
      .header('accept', 'application/json')
      .json({ mapping: MAPPING, matchKey: 'email', mode: 'skip' })
    dryRun.assertStatus(200)
    assert.equal(dryRun.body().data.counts.rejected, 1)

    const invalid = await client
      .post(data.links.commit)
      .loginAs(manager)
      .withCsrfToken()
      .header('accept', 'application/json')
      .json({ mapping: { الهاتف: 'phone' }, matchKey: 'phone', mode: 'skip' })
    invalid.assertStatus(422)
    assert.deepInclude(invalid.body().errors, {
      field: 'mapping',
      rule: 'requiredUnmapped',
      message: 'Name is required: map a column to it',
    })
    const rows = await db.from('imports').where('id', data.id).select('status')
    assert.equal(rows[0].status, 'validated')
  })
})
