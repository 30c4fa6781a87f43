import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import Contact from '#crm/models/contact'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor } from '#tests/helpers/api'

const statusOf = (request: PromiseLike<{ status(): number }>) =>
  Promise.resolve(request).then((response) => response.status())

/**
 * List query strings whose values the columns cannot hold (fractions or
 * overflow on integer columns, NUL, cursors of the wrong type) are 422s,
 * never database errors.
 */
const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

test.group('Bad input: list query strings', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('numeric filters on integer/bigint columns: fractions, overflow, huge values are 422', async ({
    client,
    assert,
  }) => {
    const { owner } = await createAgency()
    const token = await bearerFor(owner)
    const urls = [
      ['/api/v1/contacts?filter[id]=99999999999999999999', 'filter[id]'],
      ['/api/v1/contacts?filter[id]=1.5', 'filter[id]'],
      ['/api/v1/contacts?filter[id][gt]=1e300', 'filter[id]'],
      ['/api/v1/contacts?filter[ownerId]=1.5', 'filter[ownerId]'],
      ['/api/v1/leads?filter[ownerId]=99999999999999999999', 'filter[ownerId]'],
      ['/api/v1/deals?filter[stageId]=1.5', 'filter[stageId]'],
      ['/api/v1/deals?filter[probability]=1.5', 'filter[probability]'],
      ['/api/v1/deals/board?filter[stageId]=99999999999999999999', 'filter[stageId]'],
      ['/api/v1/contacts?filter[createdAt][gte]=-271821-04-20', 'filter[createdAt]'],
    ]
    const wrong: unknown[] = []
    for (const [url, field] of urls) {
      const response = await client.get(url).bearerToken(token)
      const fields = (response.body().errors ?? []).map((error: { field?: string }) => error.field)
      if (response.status() !== 422 || !fields.includes(field)) wrong.push([url, response.status()])
    }
    assert.deepEqual(wrong, [])
  })

  test('a NUL byte in q or a filter value is a 4xx, not a 500', async ({ client, assert }) => {
    const { owner } = await createAgency()
    const token = await bearerFor(owner)
    const urls = [
      '/api/v1/contacts?q=%00',
      '/api/v1/deal-stages?q=a%00b',
      '/api/v1/tasks?q=%00',
      '/api/v1/contacts?filter[email]=%00',
      '/api/v1/contacts?filter[tags]=%00',
      '/api/v1/users?q=%00',
      '/api/v1/deals/board?q=%00',
    ]
    const wrong: unknown[] = []
    for (const url of urls) {
      const status = await statusOf(client.get(url).bearerToken(token))
      if (status < 400 || status >= 500) wrong.push([url, status])
    }
    assert.deepEqual(wrong, [])
  })

  test('a well-formed cursor with values of the wrong type is 422 invalidCursor', async ({
    client,
    assert,
  }) => {
    const { owner, organization } = await createAgency()
    await Contact.create({ organizationId: organization.id, name: 'A', custom: {} })
    const token = await bearerFor(owner)
    const urls = [
      `/api/v1/contacts?cursor=${cursor([1, 2])}`,
      `/api/v1/contacts?cursor=${cursor(['abc', 1])}`,
      `/api/v1/contacts?cursor=${cursor([{ a: 1 }, 1])}`,
      `/api/v1/contacts?cursor=${cursor([[1, 2], 1])}`,
      `/api/v1/contacts?cursor=${cursor(['2026-01-01T00:00:00Z', 1e20])}`,
      `/api/v1/contacts?sort=id&cursor=${cursor(['x', 1])}`,
    ]
    const wrong: unknown[] = []
    for (const url of urls) {
      const response = await client.get(url).bearerToken(token)
      if (response.status() !== 422 || response.body().errors?.[0]?.field !== 'cursor')
        wrong.push([url, response.status()])
    }
    assert.deepEqual(wrong, [])
  })

  test('a streamed export with a filter value PostgreSQL rejects is a 422, not a cut-off 200', async ({
    assert,
  }) => {
    const { owner, organization } = await createAgency()
    await Contact.create({ organizationId: organization.id, name: 'A', custom: {} })
    const token = await bearerFor(owner)
    const response = await fetch(
      `http://localhost:${process.env.PORT ?? 3333}/api/v1/contacts/export?format=csv&filter[id]=1.5`,
      { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } }
    )
    const body = await response.text().catch((error) => `ABORTED: ${error.message}`)
    assert.equal(response.status, 422, body.slice(0, 200))
  })
})
