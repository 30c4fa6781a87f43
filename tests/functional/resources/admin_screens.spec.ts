import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import Contact from '#crm/models/contact'
import CustomField from '#resources/models/custom_field'
import SavedView from '#resources/models/saved_view'
import { UserFactory } from '#database/factories/user_factory'
import { createAgency } from '#tests/helpers/organizations'
import { expectStatus } from '#tests/helpers/api'

type Row = { id: number; name: string }

function names(rows: Row[]) {
  return rows.map((row) => row.name)
}

function queryOf(location: string | undefined) {
  return new URL(location ?? '', 'http://nova.test').searchParams
}

test.group('Resource admin screens: contacts', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('the list renders for a manager with records, meta and the resource', async ({
    client,
    assert,
  }) => {
    const { manager, organization } = await createAgency()
    await Contact.createMany([
      { organizationId: organization.id, name: 'Omar Saleh', custom: {} },
      { organizationId: organization.id, name: 'Sara Ali', custom: {} },
    ])

    const response = await client.get('/contacts').loginAs(manager).withInertia()
    response.assertStatus(200)
    response.assertInertiaComponent('resources/index')
    const props = response.inertiaProps
    assert.deepEqual(props.records.meta, { total: 2, perPage: 25, currentPage: 1, lastPage: 1 })
    assert.sameMembers(names(props.records.data), ['Omar Saleh', 'Sara Ali'])
    assert.deepEqual(props.queryErrors, [])
    assert.deepEqual(props.query, {
      filter: {},
      sort: '-createdAt',
      q: '',
      columns: null,
      density: 'normal',
      view: null,
      trash: false,
    })
    assert.equal(props.resource.routeKey, 'contacts')
    assert.equal(props.resource.titleField, 'name')
    assert.include(props.resource.abilities, { create: true, export: true, restore: false })
    const source = props.resource.fields.find((field: { key: string }) => field.key === 'source')
    assert.include(source, { type: 'select', filterable: true, label: 'Source' })
    assert.deepInclude(source.options, { value: 'referral', label: 'Referral' })
    assert.deepEqual(
      props.resource.bulkActions.map((action: { key: string }) => action.key),
      ['delete', 'assignOwner', 'setField']
    )
  })

  test('filters, search, sort and paging come from the query string', async ({
    client,
    assert,
  }) => {
    const { manager, organization } = await createAgency()
    await Contact.createMany([
      {
        organizationId: organization.id,
        name: 'Omar Saleh',
        source: 'referral',
        tags: ['vip'],
        ownerId: manager.id,
        custom: {},
      },
      { organizationId: organization.id, name: 'Sara Ali', source: 'website', custom: {} },
      {
        organizationId: organization.id,
        name: 'Samir Nasser',
        source: 'referral',
        tags: ['gold'],
        custom: {},
      },
    ])
    const get = (url: string) => client.get(url).loginAs(manager).withInertia()

    const referrals = await get('/contacts?filter[source]=referral&sort=name')
    assert.deepEqual(names(referrals.inertiaProps.records.data), ['Omar Saleh', 'Samir Nasser'])
    assert.deepEqual(referrals.inertiaProps.query.filter, { source: 'referral' })

    const anyOf = await get('/contacts?filter[source][in]=referral,website&sort=-name&perPage=2')
    assert.deepEqual(names(anyOf.inertiaProps.records.data), ['Sara Ali', 'Samir Nasser'])
    assert.deepInclude(anyOf.inertiaProps.records.meta, { total: 3, perPage: 2, lastPage: 2 })

    const tagged = await get('/contacts?filter[tags][in]=vip,gold&sort=name')
    assert.deepEqual(names(tagged.inertiaProps.records.data), ['Omar Saleh', 'Samir Nasser'])

    const unowned = await get('/contacts?filter[ownerId][null]=true&sort=name')
    assert.deepEqual(names(unowned.inertiaProps.records.data), ['Samir Nasser', 'Sara Ali'])

    const recent = await get(
      '/contacts?filter[createdAt][gte]=2000-01-01&q=sa&sort=name&page=2&perPage=1'
    )
    assert.deepEqual(names(recent.inertiaProps.records.data), ['Samir Nasser'])
    assert.include(recent.inertiaProps.query, { q: 'sa', sort: 'name' })

    const styled = await get('/contacts?columns=name,email&density=compact')
    assert.deepInclude(styled.inertiaProps.query, {
      columns: ['name', 'email'],
      density: 'compact',
    })
  })

  test('"is empty" filters every kind of field, custom ones included', async ({
    client,
    assert,
  }) => {
    const { manager, organization } = await createAgency()
    await CustomField.create({
      organizationId: organization.id,
      resource: 'contacts',
      key: 'levels',
      type: 'multiSelect',
      labelEn: 'Levels',
      labelAr: 'المستويات',
      options: [{ value: 'a', labelEn: 'A', labelAr: 'أ' }],
    })
    await Contact.createMany([
      {
        organizationId: organization.id,
        name: 'Full',
        email: 'full@example.com',
        tags: ['vip'],
        custom: { levels: ['a'] },
      },
      { organizationId: organization.id, name: 'Cleared', tags: [], custom: { levels: null } },
      { organizationId: organization.id, name: 'Bare', custom: {} },
    ])
    const empty = async (field: string, value: 'true' | 'false') => {
      const response = await client
        .get(`/contacts?sort=name&filter[${field}][null]=${value}`)
        .loginAs(manager)
        .withInertia()
      response.assertStatus(200)
      assert.deepEqual(response.inertiaProps.queryErrors, [])
      return names(response.inertiaProps.records.data)
    }
    assert.deepEqual(await empty('tags', 'true'), ['Bare', 'Cleared'])
    assert.deepEqual(await empty('tags', 'false'), ['Full'])
    assert.deepEqual(await empty('email', 'true'), ['Bare', 'Cleared'])
    assert.deepEqual(await empty('custom.levels', 'true'), ['Bare', 'Cleared'])
    assert.deepEqual(await empty('custom.levels', 'false'), ['Full'])
  })

  test('custom money fields filter and sort on their amount', async ({ client, assert }) => {
    const { manager, organization } = await createAgency()
    await CustomField.create({
      organizationId: organization.id,
      resource: 'contacts',
      key: 'budget',
      type: 'money',
      labelEn: 'Budget',
      labelAr: 'الميزانية',
      options: [],
    })
    await Contact.createMany([
      {
        organizationId: organization.id,
        name: 'Rich',
        custom: { budget: { amount: '900000.00', currency: 'SAR' } },
      },
      {
        organizationId: organization.id,
        name: 'Modest',
        custom: { budget: { amount: '1500.50', currency: 'SAR' } },
      },
      { organizationId: organization.id, name: 'Unknown', custom: {} },
    ])
    const list = async (query: string) => {
      const response = await client.get(`/contacts?${query}`).loginAs(manager).withInertia()
      response.assertStatus(200)
      assert.deepEqual(response.inertiaProps.queryErrors, [])
      return names(response.inertiaProps.records.data)
    }
    assert.deepEqual(
      await list('filter[custom.budget][gte]=1000&filter[custom.budget][lte]=5000'),
      ['Modest']
    )
    assert.deepEqual(await list('filter[custom.budget][null]=false&sort=-custom.budget'), [
      'Rich',
      'Modest',
    ])
    assert.deepEqual(await list('filter[custom.budget][null]=true'), ['Unknown'])
  })

  test('a filter that does not fit the resource shows errors, not a crash', async ({
    client,
    assert,
  }) => {
    const { manager, organization } = await createAgency()
    await Contact.create({ organizationId: organization.id, name: 'Omar', custom: {} })
    const response = await client
      .get('/contacts?filter[secret]=1&filter[createdAt][gte]=yesterday&sort=nope')
      .loginAs(manager)
      .withInertia()
    response.assertStatus(200)
    response.assertInertiaComponent('resources/index')
    assert.deepEqual(response.inertiaProps.records.data, [])
    assert.lengthOf(response.inertiaProps.queryErrors, 3)
    assert.isTrue(
      response.inertiaProps.queryErrors.every(
        (message: unknown) => typeof message === 'string' && message.length > 0
      )
    )
  })

  test('a default view saved from the list opens the bare list URL with its query', async ({
    client,
    assert,
  }) => {
    const { manager, organization } = await createAgency()
    await Contact.createMany([
      { organizationId: organization.id, name: 'Omar', source: 'referral', custom: {} },
      { organizationId: organization.id, name: 'Sara', source: 'website', custom: {} },
    ])
    const saved = await client
      .post('/contacts/views')
      .loginAs(manager)
      .withCsrfToken()
      .header('referer', '/contacts')
      .json({
        name: 'Referrals',
        state: { filter: { source: 'referral' }, sort: 'name', columns: ['name', 'email'] },
        makeDefault: true,
      })
      .redirects(0)
    saved.assertStatus(302)
    saved.assertFlashMessage('success', 'View saved')
    const view = await SavedView.findByOrFail('name', 'Referrals')
    assert.equal(queryOf(saved.header('location')).get('filter[source]'), 'referral')
    assert.equal(queryOf(saved.header('location')).get('view'), String(view.id))

    const bare = await client.get('/contacts').loginAs(manager).withInertia().redirects(0)
    bare.assertStatus(302)
    const location = bare.header('location') ?? ''
    const params = queryOf(location)
    assert.isTrue(location.startsWith('/contacts?'))
    assert.equal(params.get('filter[source]'), 'referral')
    assert.equal(params.get('sort'), 'name')
    assert.equal(params.get('columns'), 'name,email')
    assert.equal(params.get('view'), String(view.id))

    const opened = await client.get(location).loginAs(manager).withInertia()
    assert.deepEqual(names(opened.inertiaProps.records.data), ['Omar'])
    assert.include(opened.inertiaProps.query, { view: view.id, sort: 'name' })
    assert.equal(opened.inertiaProps.views.defaultId, view.id)

    const cleared = await client
      .post(`/contacts/views/0/default`)
      .loginAs(manager)
      .withCsrfToken()
      .header('referer', '/contacts')
      .redirects(0)
    cleared.assertStatus(302)
    const plain = await client.get('/contacts').loginAs(manager).withInertia()
    plain.assertStatus(200)
    assert.isNull(plain.inertiaProps.views.defaultId)
    assert.lengthOf(plain.inertiaProps.records.data, 2)
  })

  test('shared views reach colleagues; private ones and brokers’ "shared" ones do not', async ({
    client,
    assert,
  }) => {
    const { manager, admin, broker } = await createAgency()
    const save = (user: typeof manager, name: string, shared: boolean) =>
      client
        .post('/contacts/views')
        .loginAs(user)
        .withCsrfToken()
        .header('referer', '/contacts')
        .json({ name, shared, state: { sort: 'name' } })
        .redirects(0)
    await expectStatus(save(manager, 'Team view', true), 302)
    await expectStatus(save(manager, 'Manager only', false), 302)
    await expectStatus(save(broker, 'Broker view', true), 302)

    const visibleTo = async (user: typeof manager) => {
      const response = await client.get('/contacts?sort=name').loginAs(user).withInertia()
      return response.inertiaProps.views.views.map(
        (view: { name: string; shared: boolean; mine: boolean }) => [
          view.name,
          view.shared,
          view.mine,
        ]
      )
    }
    assert.deepEqual(await visibleTo(admin), [['Team view', true, false]])
    assert.deepEqual(await visibleTo(broker), [
      ['Broker view', false, true],
      ['Team view', true, false],
    ])
    assert.deepEqual(await visibleTo(manager), [
      ['Manager only', false, true],
      ['Team view', true, true],
    ])

    const privateView = await SavedView.findByOrFail('name', 'Manager only')
    const refused = await client
      .delete(`/contacts/views/${privateView.id}`)
      .loginAs(broker)
      .withCsrfToken()
      .header('referer', '/contacts')
      .redirects(0)
    refused.assertStatus(403)
    await SavedView.findOrFail(privateView.id)

    const teamView = await SavedView.findByOrFail('name', 'Team view')
    const overwritten = await client
      .put(`/contacts/views/${teamView.id}`)
      .loginAs(manager)
      .withCsrfToken()
      .withInertia()
      .header('referer', `/contacts?filter[source]=referral&view=${teamView.id}`)
      .json({ name: 'Team view', shared: true, state: { filter: { source: 'referral' } } })
      .redirects(0)
    assert.equal(queryOf(overwritten.header('location')).get('filter[source]'), 'referral')
    await teamView.refresh()
    assert.deepEqual(teamView.state, { filter: { source: 'referral' } })
  })

  test('the create form validates inline, then creates and opens the record', async ({
    client,
    assert,
  }) => {
    const { manager, organization } = await createAgency()
    await CustomField.create({
      organizationId: organization.id,
      resource: 'contacts',
      key: 'budget',
      type: 'number',
      labelEn: 'Budget',
      labelAr: 'الميزانية',
      options: [],
    })
    const form = await client.get('/contacts/create').loginAs(manager).withInertia()
    form.assertInertiaComponent('resources/form')
    assert.isNull(form.inertiaProps.record)
    assert.isTrue(
      form.inertiaProps.resource.fields.some(
        (field: { key: string; custom: boolean }) => field.key === 'custom.budget' && field.custom
      )
    )

    const invalid = await client
      .post('/contacts')
      .loginAs(manager)
      .withCsrfToken()
      .withInertia()
      .header('referer', '/contacts/create')
      .json({ email: 'nope', custom: { budget: 'lots' } })
      .redirects(0)
    invalid.assertStatus(302)
    invalid.assertHeader('location', '/contacts/create')
    invalid.assertFlashMessage('inputErrorsBag', {
      'name': ['Name is required'],
      'email': ['E-mail must be a valid e-mail address'],
      'custom.budget': ['Budget must be a number'],
    })
    const stored = await Contact.query().count('* as total')
    assert.equal(Number(stored[0].$extras.total), 0)

    const shown = await client
      .get('/contacts/create')
      .loginAs(manager)
      .withInertia()
      .withFlashMessages(invalid.flashMessages())
    assert.include(shown.inertiaProps.errors['custom.budget'], 'Budget')
    assert.include(shown.inertiaProps.errors.name, 'Name')

    const valid = await client
      .post('/contacts')
      .loginAs(manager)
      .withCsrfToken()
      .withInertia()
      .header('referer', '/contacts/create')
      .json({ name: 'Layla Haddad', email: 'Layla@Example.com', custom: { budget: 5000 } })
      .redirects(0)
    const contact = await Contact.findByOrFail('name', 'Layla Haddad')
    valid.assertStatus(302)
    valid.assertHeader('location', `/contacts/${contact.id}`)
    valid.assertFlashMessage('success', 'Contact created')
    assert.equal(contact.email, 'layla@example.com')
    assert.equal(contact.ownerId, manager.id)
    assert.deepEqual(contact.custom, { budget: 5000 })

    const page = await client.get(`/contacts/${contact.id}`).loginAs(manager).withInertia()
    page.assertInertiaComponent('resources/show')
    assert.include(page.inertiaProps.record, { id: contact.id, title: 'Layla Haddad' })
    assert.deepEqual(page.inertiaProps.record.owner, { id: manager.id, title: manager.name })
  })

  test('saving over a newer version is refused with a flash and changes nothing', async ({
    client,
    assert,
  }) => {
    const { manager, organization } = await createAgency()
    const contact = await Contact.create({
      organizationId: organization.id,
      name: 'Omar',
      custom: {},
    })
    const edit = await client.get(`/contacts/${contact.id}/edit`).loginAs(manager).withInertia()
    edit.assertInertiaComponent('resources/form')
    assert.equal(edit.inertiaProps.record.version, 1)

    const stale = await client
      .patch(`/contacts/${contact.id}`)
      .loginAs(manager)
      .withCsrfToken()
      .withInertia()
      .header('referer', `/contacts/${contact.id}/edit`)
      .json({ name: 'Omar Saleh', version: 0 })
      .redirects(0)
    stale.assertStatus(303)
    stale.assertHeader('location', `/contacts/${contact.id}/edit`)
    const message = 'This record was changed by someone else. Reload it and try again'
    stale.assertFlashMessage('error', message)
    stale.assertFlashMessage('errorsBag', { E_PRECONDITION_FAILED: message })
    await contact.refresh()
    assert.equal(contact.name, 'Omar')
    assert.equal(contact.version, 1)

    const fresh = await client
      .patch(`/contacts/${contact.id}`)
      .loginAs(manager)
      .withCsrfToken()
      .withInertia()
      .header('referer', `/contacts/${contact.id}/edit`)
      .json({ name: 'Omar Saleh', version: 1 })
      .redirects(0)
    fresh.assertHeader('location', `/contacts/${contact.id}`)
    await contact.refresh()
    assert.equal(contact.name, 'Omar Saleh')
    assert.equal(contact.version, 2)
  })

  test('bulk actions from the list: assign an owner, set a field', async ({ client, assert }) => {
    const { manager, broker, organization } = await createAgency()
    const [first, second, untouched] = await Contact.createMany([
      { organizationId: organization.id, name: 'A', custom: {} },
      { organizationId: organization.id, name: 'B', custom: {} },
      { organizationId: organization.id, name: 'C', custom: {} },
    ])
    const bulk = (body: object) =>
      client
        .post('/contacts/bulk')
        .loginAs(manager)
        .withCsrfToken()
        .withInertia()
        .header('referer', '/contacts?sort=name')
        .json(body)
        .redirects(0)

    const assigned = await bulk({
      ids: [first.id, second.id],
      action: 'assignOwner',
      values: { ownerId: broker.id },
    })
    assigned.assertStatus(302)
    assigned.assertHeader('location', '/contacts?sort=name')
    assigned.assertFlashMessage('success', '2 records updated')
    for (const contact of [first, second]) {
      await contact.refresh()
      assert.equal(contact.ownerId, broker.id)
    }
    await untouched.refresh()
    assert.isNull(untouched.ownerId)

    const sourced = await bulk({
      ids: [first.id, untouched.id],
      action: 'setField',
      values: { field: 'source', value: 'walk_in' },
    })
    sourced.assertFlashMessage('success', '2 records updated')
    await untouched.refresh()
    assert.equal(untouched.source, 'walk_in')

    const invalid = await bulk({
      ids: [first.id],
      action: 'setField',
      values: { field: 'source', value: 'moon' },
    })
    invalid.assertStatus(302)
    invalid.assertFlashMessage('inputErrorsBag', {
      source: ['Source must be one of the allowed values'],
    })
  })

  test('the detail page shows related records and the timeline of changes', async ({
    client,
    assert,
  }) => {
    const { manager } = await createAgency()
    const created = await client
      .post('/companies')
      .loginAs(manager)
      .withCsrfToken()
      .withInertia()
      .header('referer', '/companies/create')
      .json({ name: 'Acme', city: 'Riyadh' })
      .redirects(0)
    created.assertStatus(302)
    const companyId = Number(created.header('location')?.split('/').at(-1))
    await expectStatus(
      client
        .post('/contacts')
        .loginAs(manager)
        .withCsrfToken()
        .withInertia()
        .header('referer', '/contacts/create')
        .json({ name: 'Omar', companyId })
        .redirects(0),
      302
    )
    const renamed = await client
      .patch(`/companies/${companyId}`)
      .loginAs(manager)
      .withCsrfToken()
      .withInertia()
      .header('referer', `/companies/${companyId}/edit`)
      .json({ name: 'Acme Realty', city: 'Riyadh', version: 1 })
      .redirects(0)
    renamed.assertHeader('location', `/companies/${companyId}`)

    const page = await client.get(`/companies/${companyId}`).loginAs(manager).withInertia()
    page.assertInertiaComponent('resources/show')
    const { record, related, timeline } = page.inertiaProps
    assert.equal(record.title, 'Acme Realty')

    assert.lengthOf(related, 1)
    assert.include(related[0], { key: 'contacts', foreignKey: 'companyId' })
    assert.equal(related[0].resource.routeKey, 'contacts')
    assert.deepEqual(names(related[0].records.data), ['Omar'])

    assert.deepEqual(
      timeline.data.map((entry: { action: string }) => entry.action),
      ['updated', 'created']
    )
    assert.equal(timeline.data[0].actor, manager.name)
    assert.deepEqual(timeline.data[0].changes, [
      { field: 'name', before: 'Acme', after: 'Acme Realty' },
    ])
    assert.deepInclude(timeline.meta, { total: 2, currentPage: 1 })
  })

  test('records out of reach are a 404: another broker’s, another organization’s', async ({
    client,
  }) => {
    const { broker, organization } = await createAgency()
    const colleague = await UserFactory.merge({ organizationId: organization.id }).create()
    const theirs = await Contact.create({
      organizationId: organization.id,
      name: 'Theirs',
      ownerId: colleague.id,
      custom: {},
    })
    const mine = await Contact.create({
      organizationId: organization.id,
      name: 'Mine',
      ownerId: broker.id,
      custom: {},
    })
    const asBroker = (url: string) => client.get(url).loginAs(broker).withInertia()
    await expectStatus(asBroker(`/contacts/${mine.id}`), 200)
    await expectStatus(asBroker(`/contacts/${theirs.id}`), 404)
    await expectStatus(asBroker(`/contacts/${theirs.id}/edit`), 404)

    const elsewhere = await createAgency()
    const foreign = await Contact.create({
      organizationId: elsewhere.organization.id,
      name: 'Foreign',
      custom: {},
    })
    const { manager } = await createAgency()
    await expectStatus(client.get(`/contacts/${foreign.id}`).loginAs(manager).withInertia(), 404)
    await expectStatus(
      client.get(`/contacts/${foreign.id}`).loginAs(elsewhere.manager).withInertia(),
      200
    )
  })

  test('the trash lists deleted records for admins, who restore them', async ({
    client,
    assert,
  }) => {
    const { admin, manager, organization } = await createAgency()
    const contact = await Contact.create({
      organizationId: organization.id,
      name: 'Omar',
      custom: {},
    })
    const deleted = await client
      .delete(`/contacts/${contact.id}`)
      .loginAs(manager)
      .withCsrfToken()
      .withInertia()
      .header('referer', `/contacts/${contact.id}`)
      .redirects(0)
    deleted.assertHeader('location', '/contacts')

    await expectStatus(client.get('/contacts?trash=true').loginAs(manager).withInertia(), 403)
    const trash = await client.get('/contacts?trash=true').loginAs(admin).withInertia()
    assert.isTrue(trash.inertiaProps.query.trash)
    assert.deepEqual(names(trash.inertiaProps.records.data), ['Omar'])

    const restored = await client
      .post(`/contacts/${contact.id}/restore`)
      .loginAs(admin)
      .withCsrfToken()
      .withInertia()
      .header('referer', '/contacts?trash=true')
      .redirects(0)
    restored.assertHeader('location', '/contacts?trash=true')
    await contact.refresh()
    assert.isNull(contact.deletedAt)
  })

  test('lookups return only what the organization (and the broker) may see', async ({
    client,
    assert,
  }) => {
    const mine = await createAgency()
    const other = await createAgency()
    const [ours, brokers] = await Contact.createMany([
      { organizationId: mine.organization.id, name: 'Sara Ali', custom: {} },
      {
        organizationId: mine.organization.id,
        name: 'Sami Broker',
        ownerId: mine.broker.id,
        custom: {},
      },
    ])
    const foreign = await Contact.create({
      organizationId: other.organization.id,
      name: 'Sara Foreign',
      custom: {},
    })
    const lookup = (url: string, user = mine.manager) =>
      client.get(url).loginAs(user).header('accept', 'application/json')

    const contacts = await lookup('/lookup/contacts?q=sa')
    contacts.assertStatus(200)
    assert.deepEqual(contacts.body(), {
      data: [
        { id: brokers.id, title: 'Sami Broker' },
        { id: ours.id, title: 'Sara Ali' },
      ],
    })
    const byIds = await lookup(`/lookup/contacts?ids=${ours.id},${foreign.id}`)
    assert.deepEqual(byIds.body().data, [{ id: ours.id, title: 'Sara Ali' }])

    const asBroker = await lookup('/lookup/contacts?q=sa', mine.broker)
    assert.deepEqual(asBroker.body().data, [{ id: brokers.id, title: 'Sami Broker' }])

    const users = await lookup('/lookup/users')
    const ids = users.body().data.map((user: { id: number }) => user.id)
    assert.sameMembers(ids, [mine.owner.id, mine.admin.id, mine.manager.id, mine.broker.id])
    const named = await lookup(`/lookup/users?q=${encodeURIComponent(other.admin.name)}`)
    assert.notInclude(
      named.body().data.map((user: { id: number }) => user.id),
      other.admin.id
    )

    await expectStatus(lookup('/lookup/nothing'), 404)
    await expectStatus(lookup('/lookup/contacts?ids=1;drop'), 422)
  })
})
