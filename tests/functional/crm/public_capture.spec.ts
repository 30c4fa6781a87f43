import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import Lead from '#crm/models/lead'
import { UserFactory } from '#database/factories/user_factory'
import { createAgency } from '#tests/helpers/organizations'

test.group('Public lead capture', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('creates a website lead assigned round-robin among the brokers', async ({
    client,
    assert,
  }) => {
    const { organization, broker } = await createAgency()
    const second = await UserFactory.merge({ organizationId: organization.id }).create()
    const path = `/public/organizations/${organization.slug}/leads`

    for (const name of ['First Visitor', 'Second Visitor', 'Third Visitor']) {
      const response = await client.post(path).json({ name, email: `${name.split(' ')[0]}@x.test` })
      response.assertStatus(202)
      response.assertBody({ data: { received: true } })
    }
    const leads = await Lead.query().where('organization_id', organization.id).orderBy('id')
    assert.deepEqual(
      leads.map((lead) => [lead.source, lead.assigneeId]),
      [
        ['website', broker.id],
        ['website', second.id],
        ['website', broker.id],
      ]
    )
  })

  test('a fixed assignee receives every lead', async ({ client, assert }) => {
    const { organization, manager } = await createAgency()
    organization.merge({ leadAssignment: 'fixed', leadAssigneeId: manager.id })
    await organization.save()
    await client
      .post(`/public/organizations/${organization.slug}/leads`)
      .json({ name: 'Visitor', phone: '0501234567' })
    const lead = await Lead.findByOrFail('organization_id', organization.id)
    assert.equal(lead.assigneeId, manager.id)
    assert.equal(lead.phone, '+966501234567')
  })

  test('a filled honeypot looks accepted and creates nothing', async ({ client, assert }) => {
    const { organization } = await createAgency()
    const response = await client
      .post(`/public/organizations/${organization.slug}/leads`)
      .json({ name: 'Bot', email: 'bot@x.test', website: 'http://spam.test' })
    response.assertStatus(202)
    assert.lengthOf(await Lead.query().where('organization_id', organization.id), 0)
  })

  test('invalid input is a localized 422 and the sixth request in a minute a 429', async ({
    client,
    assert,
  }) => {
    const { organization } = await createAgency()
    const path = `/public/organizations/${organization.slug}/leads`
    const invalid = await client.post(path).header('accept-language', 'ar').json({ name: 'x' })
    invalid.assertStatus(422)
    assert.match(invalid.body().errors[0].message, /[\u0600-\u06FF]/)
    for (let attempt = 0; attempt < 4; attempt++) {
      await client.post(path).json({ name: `Visitor ${attempt}`, email: `v${attempt}@x.test` })
    }
    const limited = await client.post(path).json({ name: 'One too many', email: 'late@x.test' })
    limited.assertStatus(429)
    assert.lengthOf(await Lead.query().where('organization_id', organization.id), 4)
  })

  test('only the organization origins may post from a browser', async ({ client, assert }) => {
    const { organization } = await createAgency()
    organization.allowedOrigins = ['https://agency.example']
    await organization.save()
    const path = `/public/organizations/${organization.slug}/leads`
    const foreign = await client
      .post(path)
      .header('origin', 'https://evil.example')
      .json({ name: 'Visitor', email: 'v@x.test' })
    foreign.assertStatus(403)
    const allowed = await client
      .post(path)
      .header('origin', 'https://agency.example')
      .json({ name: 'Visitor', email: 'v@x.test' })
    allowed.assertStatus(202)
    allowed.assertHeader('access-control-allow-origin', 'https://agency.example')
    assert.lengthOf(await Lead.query().where('organization_id', organization.id), 1)
  })

  test('the embeddable form renders, shows errors inline and thanks the visitor', async ({
    client,
    assert,
  }) => {
    const { organization } = await createAgency()
    const path = `/public/organizations/${organization.slug}/lead-form`
    const page = await client.get(path)
    page.assertStatus(200)
    assert.include(page.text(), 'name="website"')
    assert.include(String(page.header('content-security-policy')), 'frame-ancestors')

    const invalid = await client.post(path).form({ name: '<b>x</b>' })
    invalid.assertStatus(422)
    assert.include(invalid.text(), '&lt;b&gt;x&lt;/b&gt;')
    const sent = await client.post(path).form({ name: 'Visitor', email: 'v@x.test' })
    sent.assertStatus(200)
    assert.include(sent.text(), 'role="status"')
  })

  test('an unknown organization is a 404 that reveals nothing', async ({ client }) => {
    const response = await client.post('/public/organizations/nope/leads').json({ name: 'Visitor' })
    response.assertStatus(404)
  })
})
