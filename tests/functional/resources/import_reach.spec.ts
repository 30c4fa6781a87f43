import { rm } from 'node:fs/promises'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import Lead from '#crm/models/lead'
import UserPermission from '#identity/models/user_permission'
import { UserFactory } from '#database/factories/user_factory'
import { importTask } from '#resources/imports/import_tasks'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor } from '#tests/helpers/api'
import { csvOf } from '#tests/helpers/spreadsheets'

type Agency = Awaited<ReturnType<typeof createAgency>>

/** The agency's broker may import leads (a grant from the owner). */
function grantLeadImports({ organization, broker, owner }: Agency) {
  return UserPermission.create({
    organizationId: organization.id,
    userId: broker.id,
    permission: 'leads.import',
    grantedById: owner.id,
  })
}

test.group("Imports stay within the importer's reach", (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))
  group.setup(() => {
    const before = app.config.get<any>('imports').directory
    app.config.set('imports.directory', 'tmp/import-reach')
    return async () => {
      app.config.set('imports.directory', before)
      await rm(app.makePath('tmp/import-reach'), { recursive: true, force: true })
    }
  })

  test('a broker with the import grant cannot hand imported leads to another user', async ({
    client,
    assert,
  }) => {
    const agency = await createAgency()
    const { organization, broker } = agency
    const other = await UserFactory.merge({ organizationId: organization.id }).create()
    await grantLeadImports(agency)
    const token = await bearerFor(broker)
    const body = csvOf(
      ['Name', 'Email', 'Owner', 'Assignee'],
      [
        ['Given away (owner)', 'g1@example.com', other.email, ''],
        ['Given away (assignee)', 'g2@example.com', '', other.email],
      ]
    )
    const upload = await client
      .post('/api/v1/leads/imports')
      .bearerToken(token)
      .file('file', body, { filename: 'l.csv' })
    upload.assertStatus(201)
    const id = upload.body().data.id
    const mapping = { Name: 'name', Email: 'email', Owner: 'ownerId', Assignee: 'assigneeId' }
    const commit = await client
      .post(`/api/v1/leads/imports/${id}/commit`)
      .bearerToken(token)
      .json({ mapping, mode: 'create' })
    commit.assertStatus(202)
    await importTask(id)
    const leads = await Lead.query().where('organization_id', organization.id)
    const handed = leads.filter((lead) => lead.ownerId === other.id || lead.assigneeId === other.id)
    // the API refuses the same (PATCH assigneeId → 422 ownerScope)
    assert.deepEqual(
      handed.map((lead) => ({
        name: lead.name,
        ownerId: lead.ownerId,
        assigneeId: lead.assigneeId,
      })),
      []
    )
  })

  test("a broker with the import grant cannot read or undo a manager's import", async ({
    client,
    assert,
  }) => {
    const agency = await createAgency()
    const { organization, broker, manager } = agency
    await grantLeadImports(agency)
    const managerToken = await bearerFor(manager)
    const body = csvOf(
      ['Name', 'Email'],
      [
        ['Manager lead', 'ml@example.com'],
        ['Bad', 'not-an-email'],
      ]
    )
    const upload = await client
      .post('/api/v1/leads/imports')
      .bearerToken(managerToken)
      .file('file', body, { filename: 'manager-leads.csv' })
    upload.assertStatus(201)
    const id = upload.body().data.id
    const commit = await client
      .post(`/api/v1/leads/imports/${id}/commit`)
      .bearerToken(managerToken)
      .json({ mapping: { Name: 'name', Email: 'email' }, mode: 'create' })
    commit.assertStatus(202)
    await importTask(id)
    const created = await Lead.query().where('organization_id', organization.id)
    assert.lengthOf(created, 1)

    const token = await bearerFor(broker)
    const unseen = await client.get(`/api/v1/leads/${created[0]!.id}`).bearerToken(token)
    unseen.assertStatus(404)
    const show = await client.get(`/api/v1/leads/imports/${id}`).bearerToken(token)
    const rejected = await client.get(`/api/v1/leads/imports/${id}/rejected`).bearerToken(token)
    const undo = await client.post(`/api/v1/leads/imports/${id}/undo`).bearerToken(token)
    const left = await Lead.query().where('organization_id', organization.id)
    assert.deepEqual(
      {
        show: show.status(),
        rejected: rejected.status(),
        undo: undo.status(),
        leadsLeft: left.length,
      },
      { show: 404, rejected: 404, undo: 404, leadsLeft: 1 }
    )
  })
})
