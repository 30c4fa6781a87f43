import { createRequire } from 'node:module'
import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import { DateTime } from 'luxon'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor } from '#tests/helpers/api'
import { stagesOf } from '#tests/helpers/pipeline'
import { UserFactory } from '#database/factories/user_factory'
import Lead from '#crm/models/lead'
import Deal from '#crm/models/deal'
import Task from '#crm/models/task'
import Activity from '#crm/models/activity'
import Contact from '#crm/models/contact'
import Company from '#crm/models/company'
import type Organization from '#identity/models/organization'
import type User from '#identity/models/user'

/**
 * Counts the SQL statements sent through `pg` while `run` is pending (the
 * same `pg` the app resolves), and keeps their text.
 */
const require = createRequire(import.meta.url)
const pg = require('pg')
let log: string[] | undefined
const original = pg.Client.prototype.query
pg.Client.prototype.query = function (this: unknown, config: any, ...rest: unknown[]) {
  const text = typeof config === 'string' ? config : config?.text
  if (log && text) log.push(text)
  return original.call(this, config, ...rest)
}

async function queriesOf(run: () => PromiseLike<{ status(): number }>) {
  log = []
  const response = await run()
  const queries = log
  log = undefined
  return { queries, status: response.status() }
}

const VERBOSE = process.env.QUERY_COUNT_VERBOSE === '1'

/**
 * Records linked to everything they can point at, each to its own owner,
 * assignee, company, contact and stage: `count` of every resource.
 */
async function seed(organization: Organization, me: User, users: User[], count: number, from = 0) {
  const stages = await stagesOf(organization)
  const created = { leads: [] as Lead[], deals: [] as Deal[] }
  for (let i = from; i < from + count; i++) {
    const owner = users[i % users.length]!
    const assignee = users[(i + 7) % users.length]!
    const company = await Company.create({
      organizationId: organization.id,
      name: `Company ${i}`,
      ownerId: owner.id,
      tags: [],
      custom: {},
    } as any)
    const contact = await Contact.create({
      organizationId: organization.id,
      name: `Contact ${i}`,
      companyId: company.id,
      ownerId: owner.id,
      tags: [],
      custom: {},
    } as any)
    const lead = await Lead.create({
      organizationId: organization.id,
      name: `Lead ${i}`,
      email: `lead${i}@example.test`,
      status: 'new',
      ownerId: owner.id,
      assigneeId: assignee.id,
      contactId: contact.id,
      tags: [],
      custom: {},
    })
    const stage = stages[i % stages.length]!
    const deal = await Deal.create({
      organizationId: organization.id,
      title: `Deal ${i}`,
      stageId: stage.id,
      probability: stage.probability,
      position: i,
      ownerId: owner.id,
      assigneeId: assignee.id,
      contactId: contact.id,
      companyId: company.id,
      leadId: lead.id,
      value: '1000.00',
      valueCurrency: 'SAR',
      stageEnteredAt: DateTime.utc(),
      tags: [],
      custom: {},
    } as any)
    await Task.create({
      organizationId: organization.id,
      title: `Task ${i}`,
      status: 'todo',
      priority: 'medium',
      dueAt: DateTime.utc().plus({ days: (i % 5) - 2 }),
      assigneeId: me.id,
      creatorId: owner.id,
      leadId: lead.id,
      dealId: deal.id,
      contactId: contact.id,
      companyId: company.id,
      custom: {},
    } as any)
    await Activity.create({
      organizationId: organization.id,
      type: 'call',
      subject: `Call ${i}`,
      occurredAt: DateTime.utc().minus({ minutes: i }),
      authorId: owner.id,
      leadId: lead.id,
      dealId: deal.id,
      contactId: contact.id,
      companyId: company.id,
      custom: {},
    } as any)
    created.leads.push(lead)
    created.deals.push(deal)
  }
  return created
}

type Endpoint = {
  name: string
  request: (client: any, token: string, actor: User) => PromiseLike<any>
}

async function measure(client: any, token: string, actor: User, endpoint: Endpoint) {
  // once to warm the caches (resource shapes, lead sources), then counted
  await endpoint.request(client, token, actor)
  const { queries, status } = await queriesOf(() => endpoint.request(client, token, actor))
  if (VERBOSE)
    console.log(`${endpoint.name} -> ${status}: ${queries.length}\n  ${queries.join('\n  ')}`)
  return queries.length
}

/**
 * The request's query count with 1 record of every resource, then with 20,
 * each pointing at its own owner, assignee, contact, company and stage.
 */
async function oneThenTwenty(client: any, endpoint: Endpoint, role: 'owner' | 'broker' = 'owner') {
  const agency = await createAgency()
  const actor = agency[role]
  const others = await UserFactory.merge({ organizationId: agency.organization.id }).createMany(20)
  // a broker sees only what they own or are assigned: own them all
  const owners = role === 'broker' ? [actor] : others
  const token = await bearerFor(actor)
  await seed(agency.organization, actor, owners, 1)
  const one = await measure(client, token, actor, endpoint)
  await seed(agency.organization, actor, owners, 19, 1)
  const twenty = await measure(client, token, actor, endpoint)
  return { one, twenty }
}

const board = {
  api: {
    name: 'GET /api/v1/deals/board',
    request: (c: any, t: string) => c.get('/api/v1/deals/board').bearerToken(t),
  },
  page: {
    name: 'GET /deals/board',
    request: (c: any, _t: string, a: User) => c.get('/deals/board').loginAs(a).withInertia(),
  },
} satisfies Record<string, Endpoint>

test.group('Deals board: queries', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('the API board loads relation titles once for all columns, not once per stage', async ({
    client,
    assert,
  }) => {
    const { one, twenty } = await oneThenTwenty(client, board.api)
    assert.equal(twenty, one, `queries for 1 deal: ${one}, for 20 deals: ${twenty}`)
  }).timeout(120_000)

  test('the admin kanban board loads relation titles once for all columns, not once per stage', async ({
    client,
    assert,
  }) => {
    const { one, twenty } = await oneThenTwenty(client, board.page)
    assert.equal(twenty, one, `queries for 1 deal: ${one}, for 20 deals: ${twenty}`)
  }).timeout(120_000)

  test("a broker's board costs the same for 1 and 20 of their deals", async ({
    client,
    assert,
  }) => {
    const { one, twenty } = await oneThenTwenty(client, board.api, 'broker')
    assert.equal(twenty, one, `queries for 1 deal: ${one}, for 20 deals: ${twenty}`)
  }).timeout(120_000)
})
