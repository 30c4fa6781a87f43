import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import Contact from '#crm/models/contact'
import CustomField from '#resources/models/custom_field'
import AuditLog from '#core/audit/models/audit_log'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor, expectStatus } from '#tests/helpers/api'

test.group('Resource API: contacts', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('creates a contact with a normalized phone, an ETag and an audit entry', async ({
    client,
    assert,
  }) => {
    const { manager } = await createAgency()
    const token = await bearerFor(manager)
    const response = await client
      .post('/api/v1/contacts')
      .bearerToken(token)
      .json({
        name: 'Layla Haddad',
        email: 'Layla@Example.com',
        phone: '٠٥٠١٢٣٤٥٦٧',
        tags: ['vip'],
      })

    response.assertStatus(201)
    response.assertHeader('etag', '"1"')
    const data = response.body().data
    assert.equal(data.phone, '+966501234567')
    assert.equal(data.email, 'layla@example.com')
    assert.equal(data.ownerId, manager.id)
    assert.deepEqual(data.owner, { id: manager.id, title: manager.name })
    assert.deepEqual(data.custom, {})
    const audit = await AuditLog.findByOrFail('action', 'contacts.created')
    assert.equal(audit.entityId, String(data.id))
  })

  test('invalid bodies are a 422 with localized field errors', async ({ client, assert }) => {
    const { manager } = await createAgency()
    const token = await bearerFor(manager)
    const english = await client
      .post('/api/v1/contacts')
      .bearerToken(token)
      .json({ email: 'nope', phone: '123', source: 'moon' })
    english.assertStatus(422)
    const fields = english.body().errors.map((error: { field: string }) => error.field)
    assert.includeMembers(fields, ['name', 'email', 'phone', 'source'])
    assert.include(english.body().errors[0].message, 'Name')

    const arabic = await client
      .post('/api/v1/contacts')
      .bearerToken(token)
      .header('accept-language', 'ar')
      .json({ email: 'nope' })
    arabic.assertStatus(422)
    assert.include(
      arabic.body().errors.find((error: { field: string }) => error.field === 'name').message,
      'الاسم'
    )
  })

  test('lists with filters, search, sort and paging; unknown filters are a 422', async ({
    client,
    assert,
  }) => {
    const { manager, organization } = await createAgency()
    await Contact.createMany([
      { organizationId: organization.id, name: 'Omar Saleh', source: 'referral', custom: {} },
      { organizationId: organization.id, name: 'Sara Ali', source: 'website', custom: {} },
      { organizationId: organization.id, name: 'Samir Nasser', source: 'referral', custom: {} },
    ])
    const token = await bearerFor(manager)

    const referrals = await client
      .get('/api/v1/contacts?filter[source]=referral&sort=name')
      .bearerToken(token)
    referrals.assertStatus(200)
    assert.deepEqual(
      referrals.body().data.map((row: { name: string }) => row.name),
      ['Omar Saleh', 'Samir Nasser']
    )
    assert.equal(referrals.body().meta.total, 2)

    const search = await client.get('/api/v1/contacts?q=sa&sort=-name&perPage=1').bearerToken(token)
    assert.equal(search.body().data[0].name, 'Sara Ali')
    assert.deepEqual(search.body().meta, { total: 3, perPage: 1, currentPage: 1, lastPage: 3 })

    const unknown = await client.get('/api/v1/contacts?filter[secret]=1').bearerToken(token)
    unknown.assertStatus(422)
    assert.equal(unknown.body().errors[0].field, 'filter[secret]')
  })

  test('cursor paging walks the list without counting', async ({ client, assert }) => {
    const { manager, organization } = await createAgency()
    for (const name of ['A', 'B', 'C']) {
      await Contact.create({ organizationId: organization.id, name, custom: {} })
    }
    const token = await bearerFor(manager)
    const first = await client.get('/api/v1/contacts?cursor=&perPage=2&sort=id').bearerToken(token)
    assert.deepEqual(
      first.body().data.map((row: { name: string }) => row.name),
      ['A', 'B']
    )
    const next = first.body().meta.nextCursor
    const second = await client
      .get(`/api/v1/contacts?cursor=${next}&perPage=2&sort=id`)
      .bearerToken(token)
    assert.deepEqual(
      second.body().data.map((row: { name: string }) => row.name),
      ['C']
    )
    assert.isNull(second.body().meta.nextCursor)
  })

  test('PATCH with a stale If-Match is a 412 and changes nothing', async ({ client, assert }) => {
    const { manager } = await createAgency()
    const token = await bearerFor(manager)
    const created = await client.post('/api/v1/contacts').bearerToken(token).json({ name: 'Old' })
    const id = created.body().data.id

    const updated = await client
      .patch(`/api/v1/contacts/${id}`)
      .bearerToken(token)
      .header('if-match', '"1"')
      .json({ name: 'New' })
    updated.assertStatus(200)
    updated.assertHeader('etag', '"2"')

    const stale = await client
      .patch(`/api/v1/contacts/${id}`)
      .bearerToken(token)
      .header('if-match', '"1"')
      .json({ name: 'Lost update' })
    stale.assertStatus(412)
    assert.equal(stale.body().errors[0].code, 'E_PRECONDITION_FAILED')
    const contact = await Contact.findOrFail(id)
    assert.equal(contact.name, 'New')
  })

  test('delete moves to the trash; admins list and restore it', async ({ client, assert }) => {
    const { manager, admin } = await createAgency()
    const managerToken = await bearerFor(manager)
    const created = await client
      .post('/api/v1/contacts')
      .bearerToken(managerToken)
      .json({ name: 'Gone' })
    const id = created.body().data.id

    const deleted = await client.delete(`/api/v1/contacts/${id}`).bearerToken(managerToken)
    deleted.assertStatus(204)
    await expectStatus(client.get(`/api/v1/contacts/${id}`).bearerToken(managerToken), 404)
    await expectStatus(client.get('/api/v1/contacts?trash=true').bearerToken(managerToken), 403)

    const adminToken = await bearerFor(admin)
    const trash = await client.get('/api/v1/contacts?trash=true').bearerToken(adminToken)
    assert.deepEqual(
      trash.body().data.map((row: { id: number }) => row.id),
      [id]
    )
    const restored = await client.post(`/api/v1/contacts/${id}/restore`).bearerToken(adminToken)
    restored.assertStatus(200)
    assert.isNull(restored.body().data.deletedAt)
  })

  test('a broker sees and changes only their own contacts', async ({ client, assert }) => {
    const { manager, broker, organization } = await createAgency()
    const mine = await Contact.create({
      organizationId: organization.id,
      name: 'Mine',
      ownerId: broker.id,
      custom: {},
    })
    const theirs = await Contact.create({
      organizationId: organization.id,
      name: 'Theirs',
      ownerId: manager.id,
      custom: {},
    })
    const token = await bearerFor(broker)

    const list = await client.get('/api/v1/contacts').bearerToken(token)
    assert.deepEqual(
      list.body().data.map((row: { id: number }) => row.id),
      [mine.id]
    )
    await expectStatus(client.get(`/api/v1/contacts/${theirs.id}`).bearerToken(token), 404)
    await expectStatus(
      client.patch(`/api/v1/contacts/${theirs.id}`).bearerToken(token).json({ name: 'x' }),
      404
    )
    const handOver = await client
      .patch(`/api/v1/contacts/${mine.id}`)
      .bearerToken(token)
      .json({ ownerId: manager.id })
    handOver.assertStatus(422)
    assert.equal(handOver.body().errors[0].field, 'ownerId')
  })

  test('a record of another organization is a 404 everywhere, and cannot be linked', async ({
    client,
  }) => {
    const mine = await createAgency()
    const other = await createAgency()
    const foreign = await Contact.create({
      organizationId: other.organization.id,
      name: 'Foreign',
      custom: {},
    })
    const token = await bearerFor(mine.admin)
    await expectStatus(client.get(`/api/v1/contacts/${foreign.id}`).bearerToken(token), 404)
    await expectStatus(
      client.patch(`/api/v1/contacts/${foreign.id}`).bearerToken(token).json({ name: 'x' }),
      404
    )
    await expectStatus(client.delete(`/api/v1/contacts/${foreign.id}`).bearerToken(token), 404)
    const linked = await client
      .post('/api/v1/contacts')
      .bearerToken(token)
      .json({ name: 'x', ownerId: other.owner.id })
    linked.assertStatus(422)
  })

  test('bulk assigns an owner and deletes', async ({ client, assert }) => {
    const { manager, broker, organization } = await createAgency()
    const rows = await Contact.createMany([
      { organizationId: organization.id, name: 'One', custom: {} },
      { organizationId: organization.id, name: 'Two', custom: {} },
    ])
    const token = await bearerFor(manager)
    const ids = rows.map((row) => row.id)
    const assigned = await client
      .post('/api/v1/contacts/bulk')
      .bearerToken(token)
      .json({ ids, action: 'assignOwner', values: { ownerId: broker.id } })
    assigned.assertStatus(200)
    assert.equal(assigned.body().data.affected, 2)
    const owners = await Contact.query().whereIn('id', ids).select('owner_id')
    assert.deepEqual(
      owners.map((row) => row.ownerId),
      [broker.id, broker.id]
    )

    const deleted = await client
      .post('/api/v1/contacts/bulk')
      .bearerToken(token)
      .json({ ids, action: 'delete' })
    assert.equal(deleted.body().data.affected, 2)
    const live = await Contact.query().whereNull('deleted_at').whereIn('id', ids)
    assert.lengthOf(live, 0)
  })

  test('Idempotency-Key replays the first reply and refuses another body', async ({
    client,
    assert,
  }) => {
    const { manager } = await createAgency()
    const token = await bearerFor(manager)
    const send = (name: string) =>
      client
        .post('/api/v1/contacts')
        .bearerToken(token)
        .header('idempotency-key', 'abc-1')
        .json({ name })
    const first = await send('Once')
    const replay = await send('Once')
    first.assertStatus(201)
    replay.assertStatus(201)
    assert.equal(replay.body().data.id, first.body().data.id)
    const stored = await Contact.query().where('name', 'Once')
    assert.lengthOf(stored, 1)
    await expectStatus(send('Other'), 422)
  })

  test('custom fields are validated, returned under data.custom, filtered and sorted', async ({
    client,
    assert,
  }) => {
    const { admin, organization } = await createAgency()
    await CustomField.create({
      organizationId: organization.id,
      resource: 'contacts',
      key: 'budget',
      type: 'number',
      labelEn: 'Budget',
      labelAr: 'الميزانية',
      options: [],
    })
    const token = await bearerFor(admin)
    const bad = await client
      .post('/api/v1/contacts')
      .bearerToken(token)
      .json({ name: 'X', custom: { budget: 'lots' } })
    bad.assertStatus(422)
    assert.equal(bad.body().errors[0].field, 'custom.budget')
    assert.include(bad.body().errors[0].message, 'Budget')

    for (const [name, budget] of [
      ['Low', 100],
      ['High', 900],
    ] as const) {
      await client.post('/api/v1/contacts').bearerToken(token).json({ name, custom: { budget } })
    }
    const rich = await client
      .get('/api/v1/contacts?filter[custom.budget][gte]=500')
      .bearerToken(token)
    assert.deepEqual(
      rich.body().data.map((row: { name: string; custom: object }) => [row.name, row.custom]),
      [['High', { budget: 900 }]]
    )
    const sorted = await client.get('/api/v1/contacts?sort=-custom.budget').bearerToken(token)
    assert.deepEqual(
      sorted.body().data.map((row: { name: string }) => row.name),
      ['High', 'Low']
    )
  })

  test('a token without the write ability cannot create', async ({ client }) => {
    const { manager } = await createAgency()
    const readOnly = await bearerFor(manager, ['contacts:read'])
    await expectStatus(client.get('/api/v1/contacts').bearerToken(readOnly), 200)
    const refused = await client.post('/api/v1/contacts').bearerToken(readOnly).json({ name: 'x' })
    refused.assertStatus(403)
    refused.assertBodyContains({ errors: [{ code: 'E_TOKEN_ABILITY' }] })
  })
})
