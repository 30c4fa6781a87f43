import { test } from '@japa/runner'
import limiter from '@adonisjs/limiter/services/main'
import db from '@adonisjs/lucid/services/db'
import DealStage from '#crm/models/deal_stage'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor } from '#tests/helpers/api'

/**
 * The other suites run inside one test transaction, where every query
 * shares its connection. Here writes commit as in production, each request
 * on its own pool connections: a save that left its transaction would wait
 * for the row lock that transaction holds, and time out.
 */
test.group('Writes that really commit', (group) => {
  group.each.setup(() => limiter.clear(['memory']))
  group.each.timeout(10_000)

  // Its agency stays (the audit log is append-only) until the suite's
  // database is rolled back; every other test works in its own agency.
  test('updating, moving and trashing records commit at once', async ({ client, assert }) => {
    const { organization, manager } = await createAgency()
    const token = await bearerFor(manager)

    const lead = await client
      .post('/api/v1/leads')
      .bearerToken(token)
      .json({ name: 'Committed Lead', email: 'committed@example.test' })
    lead.assertStatus(201)
    const leadId = lead.body().data.id

    const updated = await client
      .patch(`/api/v1/leads/${leadId}`)
      .bearerToken(token)
      .header('if-match', '"1"')
      .json({ status: 'contacted' })
    updated.assertStatus(200)
    assert.equal(updated.body().data.version, 2)
    const row = await db.from('leads').where('id', leadId).first()
    assert.equal(row.status, 'contacted')

    const stages = await DealStage.query()
      .where('organization_id', organization.id)
      .orderBy('position')
    const deal = await client
      .post('/api/v1/deals')
      .bearerToken(token)
      .json({ title: 'Committed deal', stageId: stages[0]!.id })
    deal.assertStatus(201)
    const moved = await client
      .post(`/api/v1/deals/${deal.body().data.id}/move`)
      .bearerToken(token)
      .json({ stageId: stages[2]!.id, position: 0 })
    moved.assertStatus(200)
    const dealRow = await db.from('deals').where('id', deal.body().data.id).first()
    assert.equal(dealRow.stage_id, stages[2]!.id)

    const trashed = await client.delete(`/api/v1/leads/${leadId}`).bearerToken(token)
    trashed.assertStatus(204)
    const trashedRow = await db.from('leads').where('id', leadId).first()
    assert.isNotNull(trashedRow.deleted_at)
  })

  test('concurrent lead writes on many connections keep the dashboard figures exact', async ({
    client,
    assert,
  }) => {
    const { organization, manager } = await createAgency()
    const token = await bearerFor(manager)

    const created = await Promise.all(
      Array.from({ length: 24 }, (_, index) =>
        client
          .post('/api/v1/leads')
          .bearerToken(token)
          .json({
            name: `Concurrent ${index}`,
            value: { amount: 100 * (index + 1), currency: 'SAR' },
          })
      )
    )
    for (const response of created) response.assertStatus(201)
    const ids = created.map((response) => response.body().data.id as number)
    const changed = await Promise.all([
      ...ids
        .slice(0, 8)
        .map((id) =>
          client
            .patch(`/api/v1/leads/${id}`)
            .bearerToken(token)
            .header('if-match', '"1"')
            .json({ status: 'contacted' })
        ),
      ...ids.slice(8, 12).map((id) => client.delete(`/api/v1/leads/${id}`).bearerToken(token)),
    ])
    for (const response of changed) assert.oneOf(response.status(), [200, 204])

    const dashboard = await client.get('/api/v1/dashboard').bearerToken(token)
    dashboard.assertStatus(200)
    const shown = (
      dashboard.body().data.leadsByStatus as { status: string; count: number; value: string }[]
    ).filter((row) => row.count > 0)
    const counted = await db
      .from('leads')
      .where('organization_id', organization.id)
      .whereNull('deleted_at')
      .groupBy('status')
      .select('status')
      .count('* as count')
      .select(db.raw('sum(value)::numeric(18,2)::text AS value'))
    assert.deepEqual(
      Object.fromEntries(shown.map((row) => [row.status, [row.count, row.value]])),
      Object.fromEntries(counted.map((row) => [row.status, [Number(row.count), row.value]]))
    )
    assert.deepEqual(
      shown.map((row) => [row.status, row.count]),
      [
        ['new', 12],
        ['contacted', 8],
      ]
    )
  })
})
