import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import emitter from '@adonisjs/core/services/emitter'
import mail from '@adonisjs/mail/services/main'
import {
  LeadAssigned,
  LeadConverted,
  LeadCreated,
  LeadStatusChanged,
} from '#crm/events/lead_events'
import { DealCreated, DealStageChanged, DealWon } from '#crm/events/deal_events'
import { TaskAssigned, TaskCompleted, TaskCreated } from '#crm/events/task_events'
import { UserInvited, UserRoleChanged } from '#identity/events/user_events'
import { RecordChanged } from '#resources/events/record_changed'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor, expectStatus } from '#tests/helpers/api'
import { createDeal, createLead, stagesOf } from '#tests/helpers/pipeline'

const ALL = [
  LeadCreated,
  LeadAssigned,
  LeadStatusChanged,
  LeadConverted,
  DealCreated,
  DealStageChanged,
  DealWon,
  TaskCreated,
  TaskAssigned,
  TaskCompleted,
  UserInvited,
  UserRoleChanged,
  RecordChanged,
]

test.group('Domain events', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))
  group.each.setup(() => () => emitter.restore())
  group.each.teardown(() => mail.restore())

  test('a lead announces its creation, assignment, status change and conversion', async ({
    client,
    assert,
  }) => {
    const events = emitter.fake(ALL)
    const { organization, manager, broker } = await createAgency()
    const token = await bearerFor(manager)
    const created = await client
      .post('/api/v1/leads')
      .bearerToken(token)
      .json({ name: 'Omar Haddad', email: 'omar@example.com', assigneeId: broker.id })
    created.assertStatus(201)
    const id = created.body().data.id
    events.assertEmitted(LeadCreated, ({ data }) => data.lead.id === id && data.origin === 'app')
    events.assertEmitted(
      LeadAssigned,
      ({ data }) => data.lead.assigneeId === broker.id && data.actor?.id === manager.id
    )
    events.assertEmitted(
      RecordChanged,
      ({ data }) => data.change.resource === 'leads' && data.change.action === 'created'
    )

    await expectStatus(
      client.patch(`/api/v1/leads/${id}`).bearerToken(token).json({ status: 'contacted' }),
      200
    )
    events.assertEmitted(
      LeadStatusChanged,
      ({ data }) => data.from === 'new' && data.to === 'contacted'
    )
    events.assertEmittedCount(LeadAssigned, 1)

    const converted = await client.post(`/api/v1/leads/${id}/convert`).bearerToken(token).json({})
    converted.assertStatus(200)
    const dealId = converted.body().data.deal.id
    events.assertEmitted(LeadConverted, ({ data }) => data.result.dealId === dealId)
    events.assertEmitted(LeadStatusChanged, ({ data }) => data.to === 'won')
    events.assertEmitted(DealCreated, ({ data }) => data.deal.id === dealId)
    for (const resource of ['leads', 'deals', 'contacts']) {
      events.assertEmitted(
        RecordChanged,
        ({ data }) => data.change.resource === resource && data.change.actorId === manager.id
      )
    }
    assert.isTrue(
      events.exists(LeadCreated, ({ data }) => data.lead.organizationId === organization.id)
    )
  })

  test('a deal announces its stage changes and a win; a task its assignment and completion', async ({
    client,
  }) => {
    const events = emitter.fake(ALL)
    const { organization, manager, broker } = await createAgency()
    const stages = await stagesOf(organization)
    const deal = await createDeal(organization, broker)
    const token = await bearerFor(manager)
    await expectStatus(
      client
        .post(`/api/v1/deals/${deal.id}/move`)
        .bearerToken(token)
        .json({ stageId: stages[1].id }),
      200
    )
    events.assertEmitted(
      DealStageChanged,
      ({ data }) => data.fromStageId === stages[0].id && data.toStageId === stages[1].id
    )
    events.assertNotEmitted(DealWon)
    const won = stages.find((stage) => stage.outcome === 'won')!
    await expectStatus(
      client.post(`/api/v1/deals/${deal.id}/move`).bearerToken(token).json({ stageId: won.id }),
      200
    )
    events.assertEmitted(DealWon, ({ data }) => data.deal.id === deal.id)

    const task = await client
      .post('/api/v1/tasks')
      .bearerToken(token)
      .json({ title: 'Call back', assigneeId: broker.id })
    task.assertStatus(201)
    const taskId = task.body().data.id
    events.assertEmitted(TaskCreated, ({ data }) => data.task.id === taskId)
    events.assertEmitted(TaskAssigned, ({ data }) => data.task.assigneeId === broker.id)
    await expectStatus(
      client.post(`/api/v1/tasks/${taskId}/complete`).bearerToken(await bearerFor(broker)),
      200
    )
    events.assertEmitted(TaskCompleted, ({ data }) => data.actor?.id === broker.id)
  })

  test('the team announces invitations and role changes', async ({ client }) => {
    mail.fake()
    const events = emitter.fake(ALL)
    const { admin, broker } = await createAgency()
    const token = await bearerFor(admin)
    await expectStatus(
      client
        .post('/api/v1/users')
        .bearerToken(token)
        .json({ email: 'new@example.com', role: 'broker' }),
      201
    )
    events.assertEmitted(UserInvited, ({ data }) => data.invitation.email === 'new@example.com')
    await expectStatus(
      client.patch(`/api/v1/users/${broker.id}`).bearerToken(token).json({ name: 'Renamed' }),
      200
    )
    events.assertNotEmitted(UserRoleChanged)
    await expectStatus(
      client.patch(`/api/v1/users/${broker.id}`).bearerToken(token).json({ role: 'manager' }),
      200
    )
    events.assertEmitted(
      UserRoleChanged,
      ({ data }) => data.from === 'broker' && data.to === 'manager' && data.actor?.id === admin.id
    )
  })

  test('a failed lead write announces nothing', async ({ client }) => {
    const events = emitter.fake(ALL)
    const { organization, manager } = await createAgency()
    const lead = await createLead(organization, manager)
    await expectStatus(
      client
        .patch(`/api/v1/leads/${lead.id}`)
        .bearerToken(await bearerFor(manager))
        .json({ status: 'lost' }),
      422
    )
    events.assertNoneEmitted()
  })
})
