import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import Contact from '#crm/models/contact'
import Company from '#crm/models/company'
import Deal from '#crm/models/deal'
import Lead from '#crm/models/lead'
import DealStage from '#crm/models/deal_stage'
import DealStageChange from '#crm/models/deal_stage_change'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor, expectStatus } from '#tests/helpers/api'
import { createDeal, createLead, stagesOf } from '#tests/helpers/pipeline'
import { importTask } from '#resources/imports/import_tasks'

test.group('Pipeline: leads and deals', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('converting a lead creates its contact, company and deal, linked both ways', async ({
    client,
    assert,
  }) => {
    const { organization, broker } = await createAgency()
    const lead = await createLead(organization, broker, {
      email: 'omar@example.com',
      companyName: 'Rawabi Holding',
      value: '750000.00',
      valueCurrency: 'SAR',
    })
    const token = await bearerFor(broker)

    const response = await client
      .post(`/api/v1/leads/${lead.id}/convert`)
      .bearerToken(token)
      .json({})
    response.assertStatus(200)
    const { lead: converted, contact, deal } = response.body().data
    const [firstStage] = await stagesOf(organization)
    assert.equal(converted.status, 'won')
    assert.equal(converted.contactId, contact.id)
    assert.equal(converted.convertedDealId, deal.id)
    assert.equal(deal.leadId, lead.id)
    assert.equal(deal.contactId, contact.id)
    assert.equal(deal.stageId, firstStage!.id)
    assert.equal(deal.probability, firstStage!.probability)
    assert.deepEqual(deal.value, { amount: '750000.00', currency: 'SAR' })
    const company = await Company.findByOrFail('name', 'Rawabi Holding')
    assert.equal(contact.companyId, company.id)
    assert.equal(deal.companyId, company.id)

    const again = await client.post(`/api/v1/leads/${lead.id}/convert`).bearerToken(token).json({})
    again.assertStatus(409)
    again.assertBodyContains({ errors: [{ code: 'E_ALREADY_CONVERTED' }] })
  })

  test('a conversion that fails midway leaves no contact, company or deal', async ({
    client,
    assert,
  }) => {
    const { organization, manager } = await createAgency()
    await DealStage.query().where('organization_id', organization.id).update({ outcome: 'won' })
    const lead = await createLead(organization, manager, {
      email: 'fail@example.com',
      companyName: 'Never Created Ltd',
    })
    const response = await client
      .post(`/api/v1/leads/${lead.id}/convert`)
      .bearerToken(await bearerFor(manager))
      .json({})
    response.assertStatus(422)
    assert.isNull(await Contact.findBy('email', 'fail@example.com'))
    assert.isNull(await Company.findBy('name', 'Never Created Ltd'))
    assert.lengthOf(await Deal.query().where('lead_id', lead.id), 0)
    await lead.refresh()
    assert.equal(lead.status, 'new')
  })

  test('a lead repeating an e-mail or phone is a 409 unless forced', async ({ client, assert }) => {
    const { organization, manager } = await createAgency()
    await createLead(organization, manager, { email: 'dup@example.com', phone: '+966501112233' })
    const token = await bearerFor(manager)

    const byEmail = await client
      .post('/api/v1/leads')
      .bearerToken(token)
      .json({ name: 'Again', email: 'DUP@example.com' })
    byEmail.assertStatus(409)
    byEmail.assertBodyContains({ errors: [{ code: 'E_DUPLICATE' }] })
    const byPhone = await client
      .post('/api/v1/leads')
      .bearerToken(token)
      .json({ name: 'Again', phone: '0501112233' })
    byPhone.assertStatus(409)

    const forced = await client
      .post('/api/v1/leads?force=true')
      .bearerToken(token)
      .json({ name: 'Again', email: 'dup@example.com' })
    forced.assertStatus(201)
    assert.lengthOf(await Lead.query().where('email', 'dup@example.com'), 2)
  })

  test('a lead or a deal is lost only with a reason', async ({ client }) => {
    const { organization, manager } = await createAgency()
    const token = await bearerFor(manager)
    const lead = await createLead(organization, manager)
    const noReason = await client
      .patch(`/api/v1/leads/${lead.id}`)
      .bearerToken(token)
      .json({ status: 'lost' })
    noReason.assertStatus(422)
    noReason.assertBodyContains({ errors: [{ field: 'lostReason' }] })
    const withReason = await client
      .patch(`/api/v1/leads/${lead.id}`)
      .bearerToken(token)
      .json({ status: 'lost', lostReason: 'Bought elsewhere' })
    withReason.assertStatus(200)

    const deal = await createDeal(organization, manager)
    const stages = await stagesOf(organization)
    const lost = stages.find((stage) => stage.outcome === 'lost')!
    const move = await client
      .post(`/api/v1/deals/${deal.id}/move`)
      .bearerToken(token)
      .json({ stageId: lost.id })
    move.assertStatus(422)
    move.assertBodyContains({ errors: [{ field: 'closeReason' }] })
  })

  test("probabilities follow the organization's stages and moves keep a stage history", async ({
    client,
    assert,
  }) => {
    const { organization, manager } = await createAgency()
    const token = await bearerFor(manager)
    const stages = await stagesOf(organization)
    const negotiation = stages.find((stage) => stage.nameEn === 'Negotiation')!
    negotiation.probability = 80
    await negotiation.save()

    const created = await client
      .post('/api/v1/deals')
      .bearerToken(token)
      .json({ title: 'Office tower floor', stageId: stages[0]!.id })
    created.assertStatus(201)
    assert.equal(created.body().data.probability, 10)

    const moved = await client
      .post(`/api/v1/deals/${created.body().data.id}/move`)
      .bearerToken(token)
      .json({ stageId: negotiation.id, position: 0 })
    moved.assertStatus(200)
    assert.equal(moved.body().data.probability, 80)
    const history = await DealStageChange.query()
      .where('deal_id', created.body().data.id)
      .orderBy('id')
    assert.deepEqual(
      history.map((change) => [change.fromStageId, change.toStageId, change.leftAt !== null]),
      [
        [null, stages[0]!.id, true],
        [stages[0]!.id, negotiation.id, false],
      ]
    )
  })

  test("brokers can neither see nor move another broker's deals", async ({ client, assert }) => {
    const { organization, broker, manager } = await createAgency()
    const theirs = await createDeal(organization, manager)
    const mine = await createDeal(organization, broker)
    const token = await bearerFor(broker)
    const list = await client.get('/api/v1/deals').bearerToken(token)
    assert.deepEqual(
      list.body().data.map((deal: { id: number }) => deal.id),
      [mine.id]
    )
    const [, second] = await stagesOf(organization)
    await expectStatus(client.get(`/api/v1/deals/${theirs.id}`).bearerToken(token), 404)
    const move = await client
      .post(`/api/v1/deals/${theirs.id}/move`)
      .bearerToken(token)
      .json({ stageId: second!.id })
    move.assertStatus(404)
    const board = await client.get('/api/v1/deals/board').bearerToken(token)
    const ids = board
      .body()
      .data.flatMap((column: { deals: { id: number }[] }) => column.deals.map((deal) => deal.id))
    assert.deepEqual(ids, [mine.id])
  })
})

test.group('Pipeline: lead imports', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('an import flags leads repeating a phone, however it is written', async ({
    client,
    assert,
  }) => {
    const { organization, manager } = await createAgency()
    const existing = await createLead(organization, manager, { phone: '+966501112233' })
    const token = await bearerFor(manager)
    const csv = Buffer.from('Name,Phone\r\nSame person,٠٥٠١١١٢٢٣٣\r\nSomeone new,0509998877\r\n')
    const upload = await client
      .post('/api/v1/leads/imports')
      .bearerToken(token)
      .file('file', csv, { filename: 'leads.csv' })
    upload.assertStatus(201)
    const dryRun = await client
      .post(`/api/v1/leads/imports/${upload.body().data.id}/dry-run`)
      .bearerToken(token)
      .json({ mapping: { Name: 'name', Phone: 'phone' }, matchKey: 'phone', mode: 'skip' })
    dryRun.assertStatus(200)
    assert.deepEqual(dryRun.body().data.counts, { created: 1, updated: 0, skipped: 1, rejected: 0 })
    assert.deepEqual(dryRun.body().data.errors, [
      {
        row: 2,
        field: 'phone',
        kind: 'duplicate',
        message: `Skipped: same Phone as record #${existing.id}`,
      },
    ])
  })
})

test.group('Pipeline: deal imports', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('imported deals follow the deal rules: stage probability, lost reason, history', async ({
    client,
    assert,
  }) => {
    const { organization, manager } = await createAgency()
    const token = await bearerFor(manager)
    const csv = Buffer.from('Title,Stage\r\nTower floor,Negotiation\r\nLost one,Lost\r\n')
    const upload = await client
      .post('/api/v1/deals/imports')
      .bearerToken(token)
      .file('file', csv, { filename: 'deals.csv' })
    upload.assertStatus(201)
    const id = upload.body().data.id
    const choices = { mapping: { Title: 'title', Stage: 'stageId' }, mode: 'create' }
    const dryRun = await client
      .post(`/api/v1/deals/imports/${id}/dry-run`)
      .bearerToken(token)
      .json(choices)
    assert.deepEqual(dryRun.body().data.counts, { created: 1, updated: 0, skipped: 0, rejected: 1 })
    assert.equal(dryRun.body().data.errors[0].field, 'closeReason')

    await client.post(`/api/v1/deals/imports/${id}/commit`).bearerToken(token).json(choices)
    await importTask(id)
    const deal = await Deal.findByOrFail('title', 'Tower floor')
    const stages = await stagesOf(organization)
    const negotiation = stages.find((stage) => stage.nameEn === 'Negotiation')!
    assert.equal(deal.stageId, negotiation.id)
    assert.equal(deal.probability, negotiation.probability)
    const history = await DealStageChange.query().where('deal_id', deal.id)
    assert.lengthOf(history, 1)
  })
})
