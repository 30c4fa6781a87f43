import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor } from '#tests/helpers/api'

const statusOf = (request: PromiseLike<{ status(): number }>) =>
  Promise.resolve(request).then((response) => response.status())

/**
 * Ids in URLs beyond PostgreSQL's bigint are unknown ids: 404, never a
 * database error.
 */
const HUGE = ['99999999999999999999', '9223372036854775808']
const RESOURCES = ['leads', 'contacts', 'companies', 'deals', 'deal-stages', 'tasks', 'activities']

test.group('Bad input: ids beyond bigint', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('resource show/update/delete/restore/import with an id beyond bigint are 404', async ({
    client,
    assert,
  }) => {
    const { owner } = await createAgency()
    const token = await bearerFor(owner)
    const statuses: Record<string, number> = {}
    for (const resource of RESOURCES) {
      for (const id of HUGE) {
        const base = `/api/v1/${resource}`
        statuses[`GET ${base}/${id}`] = await statusOf(
          client.get(`${base}/${id}`).bearerToken(token)
        )
        statuses[`PATCH ${base}/${id}`] = await statusOf(
          client.patch(`${base}/${id}`).bearerToken(token).json({})
        )
        statuses[`DELETE ${base}/${id}`] = await statusOf(
          client.delete(`${base}/${id}`).bearerToken(token)
        )
        statuses[`POST ${base}/${id}/restore`] = await statusOf(
          client.post(`${base}/${id}/restore`).bearerToken(token)
        )
        statuses[`GET ${base}/imports/${id}`] = await statusOf(
          client.get(`${base}/imports/${id}`).bearerToken(token)
        )
      }
    }
    const wrong = Object.entries(statuses).filter(([, status]) => status !== 404)
    assert.deepEqual(wrong, [])
  })

  test('domain and account routes with an id beyond bigint are 404', async ({ client, assert }) => {
    const { owner } = await createAgency()
    const token = await bearerFor(owner)
    const id = HUGE[0]
    const requests: [string, () => any][] = [
      [`POST /leads/${id}/convert`, () => client.post(`/api/v1/leads/${id}/convert`).json({})],
      [
        `POST /deals/${id}/move`,
        () => client.post(`/api/v1/deals/${id}/move`).json({ stageId: 1 }),
      ],
      [`POST /tasks/${id}/complete`, () => client.post(`/api/v1/tasks/${id}/complete`)],
      [`GET /custom-fields/${id}`, () => client.get(`/api/v1/custom-fields/${id}`)],
      [`PATCH /custom-fields/${id}`, () => client.patch(`/api/v1/custom-fields/${id}`).json({})],
      [`GET /users/${id}`, () => client.get(`/api/v1/users/${id}`)],
      [`GET /users/${id}/permissions`, () => client.get(`/api/v1/users/${id}/permissions`)],
      [`GET /exports/${id}`, () => client.get(`/api/v1/exports/${id}`)],
      [`POST /notifications/${id}/read`, () => client.post(`/api/v1/notifications/${id}/read`)],
      [`DELETE /me/tokens/${id}`, () => client.delete(`/api/v1/me/tokens/${id}`)],
    ]
    const wrong: [string, number][] = []
    for (const [label, send] of requests) {
      const status = await statusOf(send().bearerToken(token))
      if (status !== 404) wrong.push([label, status])
    }
    assert.deepEqual(wrong, [])
  })
})
