import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import DealStage from '#crm/models/deal_stage'
import Lead from '#crm/models/lead'
import Contact from '#crm/models/contact'
import Deal from '#crm/models/deal'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor } from '#tests/helpers/api'

/**
 * Bodies PostgreSQL could not store (NUL, lone surrogates, ids beyond
 * bigint, money beyond numeric(14,2), fractions for integer columns,
 * dates off the calendar) are refused up front: 422 naming the field.
 */
type Case = [method: 'post' | 'patch' | 'put', url: string, body: unknown, field: string]

async function wrongOnes(client: any, token: string, cases: Case[]) {
  const wrong: unknown[] = []
  for (const [method, url, body, field] of cases) {
    const response = await client[method](url).bearerToken(token).json(body)
    const fields = (response.body().errors ?? []).map((error: { field?: string }) => error.field)
    if (response.status() !== 422 || !fields.includes(field))
      wrong.push([method.toUpperCase(), url, JSON.stringify(body).slice(0, 80), response.status()])
  }
  return wrong
}

async function fixtures() {
  const agency = await createAgency()
  const { organization, owner } = agency
  const stage = await DealStage.query().where('organization_id', organization.id).firstOrFail()
  const lead = await Lead.create({
    organizationId: organization.id,
    name: 'Lead',
    custom: {},
  } as any)
  const contact = await Contact.create({ organizationId: organization.id, name: 'C', custom: {} })
  const token = await bearerFor(owner)
  return { ...agency, stage, lead, contact, token }
}

test.group('Bad input: bodies', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('a NUL character in any text is a 422 field error, not a 500', async ({
    client,
    assert,
  }) => {
    const { token, stage, lead, owner, organization } = await fixtures()
    await client
      .post('/api/v1/custom-fields')
      .bearerToken(token)
      .json({ resource: 'contacts', key: 'note', type: 'text', labelEn: 'Note', labelAr: 'ملاحظة' })
    const deal = await Deal.query().where('organization_id', organization.id).first()
    const cases: Case[] = [
      ['post', '/api/v1/contacts', { name: 'a\u0000b' }, 'name'],
      ['post', '/api/v1/leads', { name: 'N', tags: ['a\u0000'] }, 'tags.0'],
      ['post', '/api/v1/contacts', { name: 'N', custom: { note: 'a\u0000b' } }, 'custom.note'],
      ['post', '/api/v1/deals', { title: 'a\u0000b', stageId: stage.id }, 'title'],
      ['patch', '/api/v1/me', { name: 'a\u0000' }, 'name'],
      ['patch', `/api/v1/users/${owner.id}`, { name: 'a\u0000' }, 'name'],
      ['post', '/api/v1/me/tokens', { name: 'a\u0000', abilities: ['contacts:read'] }, 'name'],
      [
        'post',
        '/api/v1/custom-fields',
        { resource: 'contacts', key: 'k9', type: 'text', labelEn: 'a\u0000', labelAr: 'ب' },
        'labelEn',
      ],
      ['post', `/api/v1/leads/${lead.id}/convert`, { dealTitle: 'a\u0000b' }, 'dealTitle'],
    ]
    if (deal)
      cases.push([
        'post',
        `/api/v1/deals/${deal.id}/move`,
        { stageId: stage.id, closeReason: 'a\u0000' },
        'closeReason',
      ])
    assert.deepEqual(await wrongOnes(client, token, cases), [])

    const publicLead = await client
      .post(`/public/organizations/${organization.slug}/leads`)
      .json({ name: 'a\u0000b', email: 'nul@example.com' })
    assert.equal(publicLead.status(), 422)
  })

  test('money beyond numeric(14,2) and fractions for integer columns are 422', async ({
    client,
    assert,
  }) => {
    const { token, stage, lead } = await fixtures()
    const cases: Case[] = [
      [
        'post',
        '/api/v1/deals',
        { title: 'T', stageId: stage.id, value: { amount: 1000000000000, currency: 'SAR' } },
        'value.amount',
      ],
      [
        'post',
        '/api/v1/leads',
        { name: 'N', value: { amount: 9999999999999, currency: 'SAR' } },
        'value.amount',
      ],
      [
        'post',
        '/api/v1/deals',
        { title: 'T', stageId: stage.id, probability: 50.5 },
        'probability',
      ],
      [
        'post',
        '/api/v1/deal-stages',
        { nameEn: 'S', nameAr: 'س', probability: 10, position: 1.5 },
        'position',
      ],
      [
        'post',
        '/api/v1/activities',
        { type: 'call', leadId: lead.id, callDuration: 1.5 },
        'callDuration',
      ],
    ]
    assert.deepEqual(await wrongOnes(client, token, cases), [])
  })

  test('relation ids beyond bigint are 422 field errors', async ({ client, assert }) => {
    const { token, stage, lead, contact } = await fixtures()
    await client.post('/api/v1/custom-fields').bearerToken(token).json({
      resource: 'contacts',
      key: 'firm',
      type: 'relation',
      target: 'companies',
      labelEn: 'Firm',
      labelAr: 'شركة',
    })
    const huge = 99999999999999999999
    const cases: Case[] = [
      ['post', '/api/v1/contacts', { name: 'N', ownerId: huge }, 'ownerId'],
      ['post', '/api/v1/contacts', { name: 'N', companyId: 9223372036854775807 }, 'companyId'],
      ['post', '/api/v1/deals', { title: 'T', stageId: huge }, 'stageId'],
      ['post', '/api/v1/tasks', { title: 'T', leadId: huge }, 'leadId'],
      ['post', '/api/v1/contacts', { name: 'N', custom: { firm: huge } }, 'custom.firm'],
      ['patch', `/api/v1/contacts/${contact.id}`, { ownerId: huge }, 'ownerId'],
      ['post', `/api/v1/leads/${lead.id}/convert`, { contactId: huge }, 'contactId'],
      ['post', '/api/v1/contacts/bulk', { ids: [huge], action: 'delete' }, 'ids.0'],
    ]
    const deal = await client
      .post('/api/v1/deals')
      .bearerToken(token)
      .json({ title: 'D', stageId: stage.id })
    cases.push(['post', `/api/v1/deals/${deal.body().data.id}/move`, { stageId: huge }, 'stageId'])
    assert.deepEqual(await wrongOnes(client, token, cases), [])
  })

  test('datetimes that do not exist or PostgreSQL cannot store are 422', async ({
    client,
    assert,
  }) => {
    const { token, lead } = await fixtures()
    const cases: Case[] = [
      ['post', '/api/v1/tasks', { title: 'T', dueAt: '2026-02-30T10:00:00Z' }, 'dueAt'],
      ['post', '/api/v1/tasks', { title: 'T', dueAt: '0000-01-01T00:00:00Z' }, 'dueAt'],
      [
        'post',
        '/api/v1/activities',
        { type: 'call', leadId: lead.id, occurredAt: '2026-02-30T10:00:00Z' },
        'occurredAt',
      ],
    ]
    assert.deepEqual(await wrongOnes(client, token, cases), [])
  })

  test('a lone UTF-16 surrogate in a PATCH is not a 500', async ({ client, assert }) => {
    const { token, contact } = await fixtures()
    const response = await client
      .patch(`/api/v1/contacts/${contact.id}`)
      .bearerToken(token)
      .header('content-type', 'application/json')
      .json({ name: '\ud800' })
    assert.isBelow(response.status(), 500)
  })

  test('a JSON array body is 400 malformed (as null/number/string are), not a field-less 422', async ({
    client,
    assert,
  }) => {
    const { token, lead } = await fixtures()
    const created = await client.post('/api/v1/contacts').bearerToken(token).json([1, 2])
    assert.equal(created.status(), 400, JSON.stringify(created.body()))
    const converted = await client
      .post(`/api/v1/leads/${lead.id}/convert`)
      .bearerToken(token)
      .json([])
    assert.equal(converted.status(), 400, JSON.stringify(converted.body()).slice(0, 120))
  })

  test('an Idempotency-Key over 200 characters is a 422 on idempotencyKey, not a 500', async ({
    client,
    assert,
  }) => {
    const { token } = await fixtures()
    for (const locale of ['en', 'ar']) {
      const response = await client
        .post('/api/v1/contacts')
        .bearerToken(token)
        .header('accept-language', locale)
        .header('idempotency-key', 'k'.repeat(201))
        .json({ name: 'Idem' })
      assert.equal(response.status(), 422)
      assert.equal(response.body().errors[0].field, 'idempotencyKey')
    }
  })
})

test.group('Bad input: numbers', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('numbers are JSON numbers or decimal text, never what Number() also reads', async ({
    client,
    assert,
  }) => {
    const { token } = await fixtures()
    const money = (amount: unknown) => ({ name: 'N', value: { amount, currency: 'SAR' } })
    const cases: Case[] = ['0x10', '', '1e3', 'Infinity', true, [5]].map((amount) => [
      'post',
      '/api/v1/leads',
      money(amount),
      'value.amount',
    ])
    cases.push(['post', '/api/v1/deals/1/move', { stageId: 1, position: '0b1' }, 'position'])
    assert.deepEqual(await wrongOnes(client, token, cases), [])

    for (const [amount, stored] of [
      ['1250000.50', '1250000.50'],
      [' 12 ', '12.00'],
      [99.5, '99.50'],
    ] as const) {
      const response = await client.post('/api/v1/leads').bearerToken(token).json(money(amount))
      response.assertStatus(201)
      assert.equal(response.body().data.value.amount, stored)
    }

    const filtered = await client.get('/api/v1/leads?filter[value][gte]=0x10').bearerToken(token)
    filtered.assertStatus(422)
    const paged = await client.get('/api/v1/leads?page=0x2').bearerToken(token)
    paged.assertStatus(422)
  })
})
