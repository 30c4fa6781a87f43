import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import Contact from '#crm/models/contact'
import Company from '#crm/models/company'
import { UserFactory } from '#database/factories/user_factory'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor } from '#tests/helpers/api'
import { createDeal, createLead } from '#tests/helpers/pipeline'

const MISSING = 987654321

async function agencyWithTwoBrokers() {
  const agency = await createAgency()
  const other = await UserFactory.merge({ organizationId: agency.organization.id }).create()
  return { ...agency, other }
}

test.group('Brokers: links, conversion and duplicates stay within their reach', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('a broker cannot link a task to a lead or deal they cannot see, nor read its title', async ({
    client,
    assert,
  }) => {
    const { organization, broker, other } = await agencyWithTwoBrokers()
    const hidden = await createLead(organization, other, { name: 'Hidden Lead Of Other Broker' })
    const hiddenDeal = await createDeal(organization, other, { title: 'Hidden Deal Of Other' })
    const token = await bearerFor(broker)

    const visible = await client.get(`/api/v1/leads/${hidden.id}`).bearerToken(token)
    visible.assertStatus(404) // out of the broker's reach

    const missing = await client
      .post('/api/v1/tasks')
      .bearerToken(token)
      .json({ title: 'probe', leadId: MISSING })
    const linked = await client
      .post('/api/v1/tasks')
      .bearerToken(token)
      .json({ title: 'probe', leadId: hidden.id })
    const linkedDeal = await client
      .post('/api/v1/activities')
      .bearerToken(token)
      .json({ type: 'note', subject: 'probe', dealId: hiddenDeal.id })

    missing.assertStatus(422)
    linked.assertStatus(422)
    assert.deepEqual(linked.body(), missing.body())
    linkedDeal.assertStatus(422)
    linkedDeal.assertBodyContains({ errors: [{ field: 'dealId', code: 'E_VALIDATION_ERROR' }] })
    assert.notInclude(JSON.stringify(linkedDeal.body()), 'Hidden Deal Of Other')
  })

  test('a broker converting their lead cannot pick (and read) a contact or company they cannot see', async ({
    client,
    assert,
  }) => {
    const { organization, broker, other } = await agencyWithTwoBrokers()
    const contact = await Contact.create({
      organizationId: organization.id,
      name: 'Secret Contact',
      email: 'secret.contact@example.com',
      phone: '+966501112233',
      ownerId: other.id,
      custom: {},
    })
    const company = await Company.create({
      organizationId: organization.id,
      name: 'Secret Company',
      ownerId: other.id,
      tags: [],
      custom: {},
    })
    const token = await bearerFor(broker)
    const unseen = await client.get(`/api/v1/contacts/${contact.id}`).bearerToken(token)
    unseen.assertStatus(404)

    const lead = await createLead(organization, broker, { name: 'Mine' })
    const response = await client
      .post(`/api/v1/leads/${lead.id}/convert`)
      .bearerToken(token)
      .json({ contactId: contact.id, companyId: company.id })
    assert.notInclude(JSON.stringify(response.body()), 'secret.contact@example.com')
    assert.notInclude(JSON.stringify(response.body()), 'Secret Company')
    response.assertStatus(422)
  })

  test('a broker converting their lead is not handed another broker contact matched by e-mail', async ({
    client,
    assert,
  }) => {
    const { organization, broker, other } = await agencyWithTwoBrokers()
    await Contact.create({
      organizationId: organization.id,
      name: 'Other Broker Client',
      email: 'same@example.com',
      phone: '+966509998877',
      notes: 'private notes',
      ownerId: other.id,
      custom: {},
    })
    const lead = await createLead(organization, broker, { name: 'Mine', email: 'same@example.com' })
    const token = await bearerFor(broker)
    const response = await client
      .post(`/api/v1/leads/${lead.id}/convert`)
      .bearerToken(token)
      .json({})
    response.assertStatus(200)
    const contact = response.body().data.contact
    // the broker must be able to read the contact their new deal points at
    const readable = await client.get(`/api/v1/contacts/${contact.id}`).bearerToken(token)
    assert.equal(readable.status(), 200, 'deal/contact returned that the broker cannot open')
    assert.notInclude(JSON.stringify(response.body()), '+966509998877')
  })

  test("a broker's form is told a colleague has the client, without a link or its name", async ({
    client,
    assert,
  }) => {
    const { organization, broker, other } = await agencyWithTwoBrokers()
    const theirs = await createLead(organization, other, {
      name: 'Other Broker VIP',
      email: 'vip@example.com',
    })
    const mine = await createLead(organization, broker, { name: 'My VIP', phone: '+966501234567' })
    const submit = (values: Record<string, string>) =>
      client.post('/leads').loginAs(broker).withCsrfToken().form(values).redirects(0)

    const hidden = await submit({ name: 'New', email: 'VIP@example.com' })
    assert.deepEqual(hidden.flashMessages().duplicate, { id: null, title: null })
    assert.notInclude(JSON.stringify(hidden.flashMessages()), 'Other Broker VIP')
    assert.notInclude(JSON.stringify(hidden.flashMessages()), String(theirs.id))

    const own = await submit({ name: 'New', phone: '+966501234567' })
    assert.deepEqual(own.flashMessages().duplicate, { id: mine.id, title: 'My VIP' })
  })

  test("the API refuses a broker's duplicate of a colleague's lead (409) without naming it", async ({
    client,
    assert,
  }) => {
    const { organization, broker, other } = await agencyWithTwoBrokers()
    const theirs = await createLead(organization, other, {
      name: 'Other Broker VIP',
      email: 'vip@example.com',
    })
    const token = await bearerFor(broker)
    const dup = await client
      .post('/api/v1/leads')
      .bearerToken(token)
      .json({ name: 'New', email: 'vip@example.com' })
    dup.assertStatus(409)
    dup.assertBodyContains({ errors: [{ code: 'E_DUPLICATE' }] })
    assert.notInclude(JSON.stringify(dup.body()), 'Other Broker VIP')
    assert.notInclude(JSON.stringify(dup.body()), String(theirs.id))
    const forced = await client
      .post('/api/v1/leads')
      .bearerToken(token)
      .json({ name: 'New', email: 'vip@example.com', force: true })
    forced.assertStatus(201)
  })

  test('a broker keeps a link a manager made to a record out of their reach when editing the rest', async ({
    client,
    assert,
  }) => {
    const { organization, manager, broker, other } = await agencyWithTwoBrokers()
    const hidden = await createLead(organization, other, { name: 'Hidden Lead' })
    const managerToken = await bearerFor(manager)
    const task = await client
      .post('/api/v1/tasks')
      .bearerToken(managerToken)
      .json({ title: 'Call them', leadId: hidden.id, assigneeId: broker.id })
    task.assertStatus(201)
    const token = await bearerFor(broker)
    const edited = await client
      .patch(`/api/v1/tasks/${task.body().data.id}`)
      .bearerToken(token)
      .json({ title: 'Call them today', leadId: hidden.id })
    edited.assertStatus(200)
    assert.equal(edited.body().data.leadId, hidden.id)
    const mine = await createLead(organization, broker, { name: 'Mine' })
    const relinked = await client
      .patch(`/api/v1/tasks/${task.body().data.id}`)
      .bearerToken(token)
      .json({ leadId: mine.id })
    relinked.assertStatus(200)
    const back = await client
      .patch(`/api/v1/tasks/${task.body().data.id}`)
      .bearerToken(token)
      .json({ leadId: hidden.id })
    back.assertStatus(422)
    back.assertBodyContains({ errors: [{ field: 'leadId', code: 'E_VALIDATION_ERROR' }] })
  })

  test('converting a lead whose company name is "%" links (and reveals) an arbitrary company', async ({
    client,
    assert,
  }) => {
    const { organization, broker, other } = await agencyWithTwoBrokers()
    await Company.create({
      organizationId: organization.id,
      name: 'Secret Company Of Other Broker',
      ownerId: other.id,
      tags: [],
      custom: {},
    })
    const lead = await createLead(organization, broker, { name: 'Mine', companyName: '%' })
    const token = await bearerFor(broker)
    const response = await client
      .post(`/api/v1/leads/${lead.id}/convert`)
      .bearerToken(token)
      .json({})
    assert.notInclude(JSON.stringify(response.body()), 'Secret Company Of Other Broker')
  })
})
