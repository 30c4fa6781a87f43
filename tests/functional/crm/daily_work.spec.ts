import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import { DateTime } from 'luxon'
import Task from '#crm/models/task'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor } from '#tests/helpers/api'
import { createLead, stagesOf } from '#tests/helpers/pipeline'

test.group("A broker's daily work", (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('an activity logged from the API needs a linked record and shows on its timeline', async ({
    client,
    assert,
  }) => {
    const { organization, broker } = await createAgency()
    const lead = await createLead(organization, broker)
    const token = await bearerFor(broker)
    const unlinked = await client
      .post('/api/v1/activities')
      .bearerToken(token)
      .json({ type: 'note' })
    unlinked.assertStatus(422)

    const call = await client.post('/api/v1/activities').bearerToken(token).json({
      type: 'call',
      leadId: lead.id,
      callDirection: 'outbound',
      callDuration: 180,
      callOutcome: 'answered',
      body: 'Wants a villa in Al Malqa',
    })
    call.assertStatus(201)
    assert.equal(call.body().data.authorId, broker.id)
    await client.patch(`/api/v1/leads/${lead.id}`).bearerToken(token).json({ status: 'qualified' })

    const page = await client.get(`/leads/${lead.id}`).loginAs(broker).withInertia()
    page.assertStatus(200)
    const timeline = page.body().props.timeline.data as { kind: string; action: string }[]
    assert.deepEqual(
      timeline.map((entry) => `${entry.kind}:${entry.action}`),
      ['audit:updated', 'activity:call']
    )
  })

  test('"my tasks" groups open tasks and completing one takes one call', async ({
    client,
    assert,
  }) => {
    const { organization, broker, manager } = await createAgency()
    const now = DateTime.utc()
    const base = { organizationId: organization.id, custom: {}, creatorId: manager.id }
    const overdue = await Task.create({
      ...base,
      title: 'Overdue',
      assigneeId: broker.id,
      dueAt: now.minus({ days: 2 }),
    })
    const upcoming = await Task.create({
      ...base,
      title: 'Later',
      assigneeId: broker.id,
      dueAt: now.plus({ days: 5 }),
    })
    await Task.create({ ...base, title: 'Not mine', assigneeId: manager.id, dueAt: now })
    const token = await bearerFor(broker)

    const mine = await client.get('/api/v1/tasks/mine').bearerToken(token)
    mine.assertStatus(200)
    const groups = mine.body().data
    assert.deepEqual(
      groups.overdue.map((task: { id: number }) => task.id),
      [overdue.id]
    )
    assert.deepEqual(
      groups.upcoming.map((task: { id: number }) => task.id),
      [upcoming.id]
    )

    const done = await client.post(`/api/v1/tasks/${overdue.id}/complete`).bearerToken(token)
    done.assertStatus(200)
    assert.equal(done.body().data.status, 'done')
    assert.isNotNull(done.body().data.completedAt)
  })

  test('a manager assigns a task to a broker; a broker cannot assign to others', async ({
    client,
  }) => {
    const { broker, manager } = await createAgency()
    const assigned = await client
      .post('/api/v1/tasks')
      .bearerToken(await bearerFor(manager))
      .json({ title: 'Call the Haddads', assigneeId: broker.id })
    assigned.assertStatus(201)
    const refused = await client
      .post('/api/v1/tasks')
      .bearerToken(await bearerFor(broker))
      .json({ title: 'Your job now', assigneeId: manager.id })
    refused.assertStatus(422)
    refused.assertBodyContains({ errors: [{ field: 'assigneeId' }] })
  })

  test('dashboard lead figures are exact right after every change', async ({ client, assert }) => {
    const { manager } = await createAgency()
    const token = await bearerFor(manager)
    const figures = async () => {
      const response = await client.get('/api/v1/dashboard').bearerToken(token)
      const rows = response.body().data.leadsByStatus as {
        status: string
        count: number
        value: string
      }[]
      return Object.fromEntries(
        rows.filter((row) => row.count > 0).map((row) => [row.status, [row.count, row.value]])
      )
    }
    const created = await client
      .post('/api/v1/leads')
      .bearerToken(token)
      .json({ name: 'A', value: { amount: 1000, currency: 'SAR' } })
    await client
      .post('/api/v1/leads')
      .bearerToken(token)
      .json({ name: 'B', value: { amount: 500, currency: 'SAR' } })
    assert.deepEqual(await figures(), { new: [2, '1500.00'] })

    const id = created.body().data.id
    await client.patch(`/api/v1/leads/${id}`).bearerToken(token).json({ status: 'qualified' })
    assert.deepEqual(await figures(), { new: [1, '500.00'], qualified: [1, '1000.00'] })
    await client.delete(`/api/v1/leads/${id}`).bearerToken(token)
    assert.deepEqual(await figures(), { new: [1, '500.00'] })
  })

  test('the deal timeline shows its creation and stage moves with time spent', async ({
    client,
    assert,
  }) => {
    const { organization, manager } = await createAgency()
    const token = await bearerFor(manager)
    const stages = await stagesOf(organization)
    const created = await client
      .post('/api/v1/deals')
      .bearerToken(token)
      .json({ title: 'Villa', stageId: stages[0]!.id })
    const id = created.body().data.id
    await client
      .post(`/api/v1/deals/${id}/move`)
      .bearerToken(token)
      .json({ stageId: stages[3]!.id })
    const page = await client.get(`/deals/${id}`).loginAs(manager).withInertia()
    const kinds = (page.body().props.timeline.data as { kind: string }[]).map((entry) => entry.kind)
    assert.includeMembers(kinds, ['stage', 'audit'])
    assert.lengthOf(
      kinds.filter((kind) => kind === 'stage'),
      2
    )
  })
})
