import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import Contact from '#crm/models/contact'
import CustomField from '#resources/models/custom_field'
import AuditLog from '#core/audit/models/audit_log'
import { CustomFieldFactory } from '#database/factories/custom_field_factory'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor, expectStatus } from '#tests/helpers/api'

const STAGE = {
  resource: 'contacts',
  key: 'stage',
  type: 'select',
  labelEn: 'Stage',
  labelAr: 'المرحلة',
  options: [
    { value: 'hot', labelEn: 'Hot', labelAr: 'ساخن' },
    { value: 'cold', labelEn: 'Cold', labelAr: 'بارد' },
  ],
}

type Row = { name: string; custom: Record<string, unknown> }
const names = (rows: Row[]) => rows.map((row) => row.name)

test.group('Custom fields: API', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('an admin adds a select field; records carry, filter and sort it at once', async ({
    client,
    assert,
  }) => {
    const { admin } = await createAgency()
    const token = await bearerFor(admin)
    const created = await client.post('/api/v1/custom-fields').bearerToken(token).json(STAGE)
    created.assertStatus(201)
    const field = created.body().data
    assert.containsSubset(field, {
      resource: 'contacts',
      key: 'stage',
      type: 'select',
      labelAr: 'المرحلة',
      required: false,
      archived: false,
      target: null,
      position: 0,
    })
    assert.deepEqual(field.options, STAGE.options)
    const audit = await AuditLog.findByOrFail('action', 'custom_fields.created')
    assert.equal(audit.entityId, String(field.id))
    assert.equal(audit.changes!.after!.key, 'stage')

    for (const [name, stage] of [
      ['Warm lead', 'hot'],
      ['Old lead', 'cold'],
      ['Hotter lead', 'hot'],
    ]) {
      await expectStatus(
        client.post('/api/v1/contacts').bearerToken(token).json({ name, custom: { stage } }),
        201
      )
    }
    await expectStatus(
      client
        .post('/api/v1/contacts')
        .bearerToken(token)
        .json({ name: 'Bad', custom: { stage: 'lukewarm' } }),
      422
    )

    const hot = await client
      .get('/api/v1/contacts?filter[custom.stage]=hot&sort=name')
      .bearerToken(token)
    hot.assertStatus(200)
    assert.deepEqual(names(hot.body().data), ['Hotter lead', 'Warm lead'])
    assert.deepEqual(hot.body().data[0].custom, { stage: 'hot' })

    const sorted = await client.get('/api/v1/contacts?sort=custom.stage,name').bearerToken(token)
    assert.deepEqual(names(sorted.body().data), ['Old lead', 'Hotter lead', 'Warm lead'])

    const listed = await client.get('/api/v1/custom-fields?resource=contacts').bearerToken(token)
    assert.deepEqual(
      listed.body().data.map((item: { key: string }) => item.key),
      ['stage']
    )
  })

  test('a key taken by another field or a declared one is a localized 422', async ({
    client,
    assert,
  }) => {
    const { admin, organization } = await createAgency()
    await CustomFieldFactory.merge({ organizationId: organization.id, key: 'stage' }).create()
    const token = await bearerFor(admin)
    const send = (body: object, locale = 'en') =>
      client
        .post('/api/v1/custom-fields')
        .bearerToken(token)
        .header('accept-language', locale)
        .json({ ...STAGE, ...body })

    const duplicate = await send({})
    duplicate.assertStatus(422)
    assert.deepEqual(duplicate.body().errors, [
      {
        field: 'key',
        code: 'E_VALIDATION_ERROR',
        message: 'Key is already used by another field of this record type',
      },
    ])

    for (const key of ['email', 'job_title', 'company_id', 'id']) {
      const declared = await send({ key })
      declared.assertStatus(422)
      assert.equal(declared.body().errors[0].field, 'key')
    }
    const arabic = await send({ key: 'email' }, 'ar')
    assert.equal(arabic.body().errors[0].message, 'المفتاح هو اسم حقل أساسي في نوع السجل هذا')

    // The same key on another resource, or in another organization, is free.
    await expectStatus(send({ resource: 'companies' }), 201)
    const other = await createAgency()
    await expectStatus(
      client
        .post('/api/v1/custom-fields')
        .bearerToken(await bearerFor(other.admin))
        .json(STAGE),
      201
    )
  })

  test('definitions are validated: slug key, no file type, options and targets', async ({
    client,
    assert,
  }) => {
    const { admin } = await createAgency()
    const token = await bearerFor(admin)
    const fieldsOf = async (body: object) => {
      const response = await client.post('/api/v1/custom-fields').bearerToken(token).json(body)
      response.assertStatus(422)
      return response.body().errors.map((error: { field: string }) => error.field)
    }

    assert.includeMembers(
      await fieldsOf({ resource: 'moons', key: 'Not A Slug', type: 'file', labelEn: '' }),
      ['resource', 'key', 'type', 'labelEn', 'labelAr']
    )
    assert.deepEqual(await fieldsOf({ ...STAGE, options: [] }), ['options'])
    assert.deepEqual(
      await fieldsOf({
        ...STAGE,
        options: [
          { value: 'hot', labelEn: 'Hot', labelAr: 'ساخن' },
          { value: 'hot', labelEn: 'Again', labelAr: 'مجددا' },
        ],
      }),
      ['options']
    )
    assert.deepEqual(
      await fieldsOf({ ...STAGE, options: [{ value: 'Not ok', labelEn: 'x', labelAr: 'x' }] }),
      ['options.0.value']
    )
    assert.deepEqual(await fieldsOf({ ...STAGE, key: 'x' }), ['key'])
    assert.deepEqual(
      await fieldsOf({
        resource: 'contacts',
        key: 'agent',
        type: 'relation',
        labelEn: 'Agent',
        labelAr: 'الوكيل',
      }),
      ['target']
    )

    const relation = await client.post('/api/v1/custom-fields').bearerToken(token).json({
      resource: 'contacts',
      key: 'employer',
      type: 'relation',
      target: 'companies',
      labelEn: 'Employer',
      labelAr: 'جهة العمل',
    })
    relation.assertStatus(201)
    assert.equal(relation.body().data.target, 'companies')
  })

  test('managers, brokers and tokens without the organization ability are refused', async ({
    client,
  }) => {
    const { admin, manager, broker, organization } = await createAgency()
    const field = await CustomFieldFactory.merge({ organizationId: organization.id }).create()
    for (const user of [manager, broker]) {
      const token = await bearerFor(user)
      await expectStatus(client.get('/api/v1/custom-fields').bearerToken(token), 403)
      await expectStatus(client.post('/api/v1/custom-fields').bearerToken(token).json(STAGE), 403)
      await expectStatus(
        client.post(`/api/v1/custom-fields/${field.id}/archive`).bearerToken(token),
        403
      )
    }
    const readOnly = await bearerFor(admin, ['organization:read'])
    await expectStatus(client.get('/api/v1/custom-fields').bearerToken(readOnly), 200)
    const refused = await client.post('/api/v1/custom-fields').bearerToken(readOnly).json(STAGE)
    refused.assertStatus(403)
    refused.assertBodyContains({ errors: [{ code: 'E_TOKEN_ABILITY' }] })
    const contactsOnly = await bearerFor(admin, ['contacts:read'])
    await expectStatus(client.get('/api/v1/custom-fields').bearerToken(contactsOnly), 403)
  })

  test('archiving hides the field everywhere but keeps its values; unarchiving restores them', async ({
    client,
    assert,
  }) => {
    const { admin, organization } = await createAgency()
    const field = await CustomFieldFactory.merge({ organizationId: organization.id, key: 'stage' })
      .apply('select')
      .create()
    const token = await bearerFor(admin)
    const created = await client
      .post('/api/v1/contacts')
      .bearerToken(token)
      .json({ name: 'Layla', custom: { stage: 'hot' } })
    const contactId = created.body().data.id

    const archived = await client
      .post(`/api/v1/custom-fields/${field.id}/archive`)
      .bearerToken(token)
    archived.assertStatus(200)
    assert.isTrue(archived.body().data.archived)
    assert.isString(archived.body().data.archivedAt)

    const shown = await client.get(`/api/v1/contacts/${contactId}`).bearerToken(token)
    assert.deepEqual(shown.body().data.custom, {})
    const filtered = await client
      .get('/api/v1/contacts?filter[custom.stage]=hot')
      .bearerToken(token)
    filtered.assertStatus(422)
    await expectStatus(client.get('/api/v1/contacts?sort=custom.stage').bearerToken(token), 422)
    const stored = await Contact.findOrFail(contactId)
    assert.deepEqual(stored.custom, { stage: 'hot' })

    // Editing the record meanwhile does not drop the archived value.
    await expectStatus(
      client.patch(`/api/v1/contacts/${contactId}`).bearerToken(token).json({ name: 'Layla H.' }),
      200
    )

    const restored = await client
      .post(`/api/v1/custom-fields/${field.id}/unarchive`)
      .bearerToken(token)
    assert.isFalse(restored.body().data.archived)
    const again = await client.get(`/api/v1/contacts/${contactId}`).bearerToken(token)
    assert.deepEqual(again.body().data.custom, { stage: 'hot' })
    const back = await client.get('/api/v1/contacts?filter[custom.stage]=hot').bearerToken(token)
    assert.deepEqual(names(back.body().data), ['Layla H.'])

    const actions = await AuditLog.query()
      .where('entity_type', 'custom_field')
      .orderBy('id')
      .select('action')
    assert.deepEqual(
      actions.map((entry) => entry.action),
      ['custom_fields.archived', 'custom_fields.unarchived']
    )
  })

  test('reordering takes every field of the resource once and changes the order', async ({
    client,
    assert,
  }) => {
    const { admin, organization } = await createAgency()
    const inOrganization = { organizationId: organization.id }
    const [first, second, third] = await Promise.all(
      ['alpha', 'beta', 'gamma'].map((key, position) =>
        CustomFieldFactory.merge({ ...inOrganization, key, position }).create()
      )
    )
    const companyField = await CustomFieldFactory.merge({
      ...inOrganization,
      resource: 'companies',
    }).create()
    const token = await bearerFor(admin)
    const reorder = (ids: number[]) =>
      client
        .post('/api/v1/custom-fields/reorder')
        .bearerToken(token)
        .json({ resource: 'contacts', ids })

    const response = await reorder([third.id, first.id, second.id])
    response.assertStatus(200)
    assert.deepEqual(
      response.body().data.map((item: { key: string }) => item.key),
      ['gamma', 'alpha', 'beta']
    )
    const listed = await client.get('/api/v1/custom-fields?resource=contacts').bearerToken(token)
    assert.deepEqual(
      listed.body().data.map((item: { key: string }) => item.key),
      ['gamma', 'alpha', 'beta']
    )
    const audit = await AuditLog.findByOrFail('action', 'custom_fields.reordered')
    assert.deepEqual(audit.changes!.after, { order: ['gamma', 'alpha', 'beta'] })

    for (const ids of [
      [third.id, first.id],
      [third.id, first.id, second.id, companyField.id],
    ]) {
      const bad = await reorder(ids)
      bad.assertStatus(422)
      assert.equal(bad.body().errors[0].field, 'ids')
    }
  })

  test("another organization's field is not found", async ({ client }) => {
    const { admin } = await createAgency()
    const other = await createAgency()
    const theirs = await CustomFieldFactory.merge({ organizationId: other.organization.id })
      .apply('select')
      .create()
    const token = await bearerFor(admin)
    await expectStatus(client.get(`/api/v1/custom-fields/${theirs.id}`).bearerToken(token), 404)
    await expectStatus(
      client
        .patch(`/api/v1/custom-fields/${theirs.id}`)
        .bearerToken(token)
        .json({ labelEn: 'Mine' }),
      404
    )
    await expectStatus(
      client.post(`/api/v1/custom-fields/${theirs.id}/archive`).bearerToken(token),
      404
    )
    await expectStatus(
      client
        .post('/api/v1/custom-fields/reorder')
        .bearerToken(token)
        .json({ resource: 'contacts', ids: [theirs.id] }),
      422
    )
  })

  test('editing options keeps stored values; key, type and target cannot change', async ({
    client,
    assert,
  }) => {
    const { admin, organization } = await createAgency()
    const field = await CustomFieldFactory.merge({ organizationId: organization.id, key: 'stage' })
      .apply('select')
      .create()
    const token = await bearerFor(admin)
    const created = await client
      .post('/api/v1/contacts')
      .bearerToken(token)
      .json({ name: 'Omar', custom: { stage: 'cold' } })
    const contactId = created.body().data.id

    const edited = await client
      .patch(`/api/v1/custom-fields/${field.id}`)
      .bearerToken(token)
      .json({
        labelEn: 'Temperature',
        required: true,
        options: [
          { value: 'hot', labelEn: 'Very hot', labelAr: 'ساخن جدا' },
          { value: 'lukewarm', labelEn: 'Lukewarm', labelAr: 'فاتر' },
        ],
      })
    edited.assertStatus(200)
    assert.equal(edited.body().data.labelEn, 'Temperature')
    assert.isTrue(edited.body().data.required)
    assert.deepEqual(
      edited.body().data.options.map((option: { value: string }) => option.value),
      ['hot', 'lukewarm']
    )
    const audit = await AuditLog.findByOrFail('action', 'custom_fields.updated')
    assert.deepEqual(audit.changes!.before!.labelEn, field.labelEn)
    assert.deepEqual(audit.changes!.after!.labelEn, 'Temperature')

    const shown = await client.get(`/api/v1/contacts/${contactId}`).bearerToken(token)
    assert.deepEqual(shown.body().data.custom, { stage: 'cold' })
    await expectStatus(
      client
        .patch(`/api/v1/contacts/${contactId}`)
        .bearerToken(token)
        .json({ custom: { stage: 'lukewarm' } }),
      200
    )

    for (const [body, fieldName] of [
      [{ type: 'multiSelect' }, 'type'],
      [{ key: 'temperature' }, 'key'],
      [{ target: 'companies' }, 'target'],
      [{ options: [] }, 'options'],
    ] as const) {
      const refused = await client
        .patch(`/api/v1/custom-fields/${field.id}`)
        .bearerToken(token)
        .json(body)
      refused.assertStatus(422)
      assert.equal(refused.body().errors[0].field, fieldName)
    }
    const saved = await CustomField.findOrFail(field.id)
    assert.equal(saved.type, 'select')
    assert.equal(saved.key, 'stage')
  })
})

test.group('Custom fields: settings screen', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('renders for an admin with the resources, fields and types', async ({ client, assert }) => {
    const { admin, organization } = await createAgency()
    await CustomFieldFactory.merge({ organizationId: organization.id, key: 'stage' })
      .apply('select')
      .create()
    await CustomFieldFactory.merge({
      organizationId: organization.id,
      resource: 'companies',
      key: 'sector',
    }).create()

    const page = await client
      .get('/settings/custom-fields?resource=contacts')
      .loginAs(admin)
      .withInertia()
    page.assertStatus(200)
    page.assertInertiaComponent('settings/custom_fields')
    page.assertInertiaPropsContains({ resource: 'contacts' })
    const props = page.inertiaProps as Record<string, any>
    assert.includeDeepMembers(props.resources, [
      { name: 'contacts', label: 'Contacts' },
      { name: 'companies', label: 'Companies' },
      { name: 'leads', label: 'Leads' },
    ])
    assert.deepEqual(
      props.fields.map((field: { key: string }) => field.key),
      ['stage']
    )
    assert.notInclude(props.types, 'file')
    assert.include(props.types, 'multiSelect')
    assert.deepEqual(props.targets[0], { value: 'users', label: 'Team members' })
    assert.include(
      props.navigation.map((item: { key: string }) => item.key),
      'customFields'
    )

    const companies = await client
      .get('/settings/custom-fields?resource=companies')
      .loginAs(admin)
      .header('accept-language', 'ar')
      .withInertia()
    const companyProps = companies.inertiaProps as Record<string, any>
    assert.equal(companyProps.resource, 'companies')
    assert.deepInclude(companyProps.resources, { name: 'companies', label: 'الشركات' })
    assert.deepEqual(
      companyProps.fields.map((field: { key: string }) => field.key),
      ['sector']
    )
  })

  test('is forbidden to brokers and managers', async ({ client, assert }) => {
    const { broker, manager, organization } = await createAgency()
    const field = await CustomFieldFactory.merge({ organizationId: organization.id }).create()
    for (const user of [broker, manager]) {
      const page = await client.get('/settings/custom-fields').loginAs(user).withInertia()
      page.assertStatus(403)
      page.assertInertiaComponent('errors/forbidden')
      assert.notProperty(page.inertiaProps, 'fields')
    }
    const archive = await client
      .post(`/settings/custom-fields/${field.id}/archive`)
      .loginAs(broker)
      .withCsrfToken()
      .withInertia()
    archive.assertStatus(403)
    const saved = await CustomField.findOrFail(field.id)
    assert.isNull(saved.archivedAt)
  })

  test('an admin adds, edits, reorders and archives fields from the page', async ({
    client,
    assert,
  }) => {
    const { admin } = await createAgency()
    const referer = '/settings/custom-fields?resource=contacts'
    const created = await client
      .post('/settings/custom-fields')
      .loginAs(admin)
      .withCsrfToken()
      .header('referer', referer)
      .json({ ...STAGE, required: 'true' })
      .redirects(0)
    created.assertHeader('location', referer)
    created.assertFlashMessage('success', 'Field “Stage” added')
    const field = await CustomField.findByOrFail('key', 'stage')
    assert.equal(field.type, 'select')
    assert.isTrue(field.required)
    assert.equal(field.organizationId, admin.organizationId)

    const budget = await client
      .post('/settings/custom-fields')
      .loginAs(admin)
      .withCsrfToken()
      .header('referer', referer)
      .json({
        resource: 'contacts',
        key: 'budget',
        type: 'money',
        labelEn: 'Budget',
        labelAr: 'الميزانية',
      })
      .redirects(0)
    budget.assertStatus(302)
    const budgetField = await CustomField.findByOrFail('key', 'budget')
    assert.equal(budgetField.position, 1)

    const token = await bearerFor(admin)
    const contact = await client
      .post('/api/v1/contacts')
      .bearerToken(token)
      .json({
        name: 'Sara',
        custom: { stage: 'hot', budget: { amount: 1500000, currency: 'SAR' } },
      })
    contact.assertStatus(201)
    assert.deepEqual(contact.body().data.custom, {
      stage: 'hot',
      budget: { amount: '1500000.00', currency: 'SAR' },
    })

    const edited = await client
      .patch(`/settings/custom-fields/${field.id}`)
      .loginAs(admin)
      .withCsrfToken()
      .header('referer', referer)
      .json({
        labelAr: 'مرحلة العميل',
        options: [{ value: 'cold', labelEn: 'Cold', labelAr: 'بارد' }],
      })
      .redirects(0)
    edited.assertFlashMessage('success', 'Field “Stage” saved')

    const reordered = await client
      .post('/settings/custom-fields/reorder')
      .loginAs(admin)
      .withCsrfToken()
      .header('referer', referer)
      .json({ resource: 'contacts', ids: [budgetField.id, field.id] })
      .redirects(0)
    reordered.assertFlashMessage('success', 'Field order saved')

    const archived = await client
      .post(`/settings/custom-fields/${field.id}/archive`)
      .loginAs(admin)
      .withCsrfToken()
      .header('referer', referer)
      .redirects(0)
    archived.assertFlashMessage('success', 'Field “Stage” archived')

    const page = await client.get(referer).loginAs(admin).withInertia()
    const rows = (page.inertiaProps as Record<string, any>).fields
    assert.deepEqual(
      rows.map((row: { key: string; archived: boolean; labelAr: string }) => [
        row.key,
        row.archived,
        row.labelAr,
      ]),
      [
        ['budget', false, 'الميزانية'],
        ['stage', true, 'مرحلة العميل'],
      ]
    )
    const stored = await Contact.findOrFail(contact.body().data.id)
    assert.equal(stored.custom.stage, 'hot')
  })

  test('invalid input comes back as inline, localized field errors', async ({ client, assert }) => {
    const { admin, organization } = await createAgency()
    admin.locale = 'ar'
    await admin.save()
    await CustomFieldFactory.merge({ organizationId: organization.id, key: 'stage' }).create()
    const response = await client
      .post('/settings/custom-fields')
      .loginAs(admin)
      .withCsrfToken()
      .header('referer', '/settings/custom-fields')
      .json({ ...STAGE, labelEn: '' })
      .redirects(0)
    response.assertHeader('location', '/settings/custom-fields')
    response.assertFlashMessage('inputErrorsBag', {
      labelEn: ['حقل التسمية بالإنجليزية مطلوب'],
    })

    const taken = await client
      .post('/settings/custom-fields')
      .loginAs(admin)
      .withCsrfToken()
      .header('referer', '/settings/custom-fields')
      .json(STAGE)
      .redirects(0)
    taken.assertFlashMessage('inputErrorsBag', {
      key: ['المفتاح مستخدم في حقل آخر لنوع السجل هذا'],
    })
    const stored = await CustomField.query().where('key', 'stage')
    assert.lengthOf(stored, 1)
  })
})
