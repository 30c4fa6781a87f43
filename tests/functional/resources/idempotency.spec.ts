import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import IdempotencyKey from '#resources/models/idempotency_key'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor } from '#tests/helpers/api'
import { createLead } from '#tests/helpers/pipeline'

/**
 * API.md: "`POST` accepts `Idempotency-Key`: a replay returns the first
 * response; the same key with another body → 422." Every authenticated
 * POST, not only creates; never where the reply holds a secret.
 */
test.group('Idempotency-Key on every API POST', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('a replayed conversion returns the first 200, not a 409', async ({ client, assert }) => {
    const { organization, owner } = await createAgency()
    const lead = await createLead(organization, owner, { email: 'buyer@example.test' })
    const token = await bearerFor(owner)
    const convert = (body: object) =>
      client
        .post(`/api/v1/leads/${lead.id}/convert`)
        .bearerToken(token)
        .header('Idempotency-Key', 'convert-1')
        .json(body)
    const first = await convert({})
    first.assertStatus(200)
    const replay = await convert({})
    replay.assertStatus(200)
    replay.assertHeader('idempotent-replayed', 'true')
    assert.equal(replay.body().data.deal.id, first.body().data.deal.id)
    const other = await convert({ dealTitle: 'Another deal' })
    other.assertStatus(422)
    assert.equal(other.body().errors[0].field, 'idempotencyKey')
  })

  test('a replayed create carries the ETag of the first response', async ({ client }) => {
    const { owner } = await createAgency()
    const token = await bearerFor(owner)
    const send = () =>
      client
        .post('/api/v1/leads')
        .bearerToken(token)
        .header('Idempotency-Key', 'lead-1')
        .json({ name: 'Omar Haddad' })
    const first = await send()
    first.assertStatus(201)
    first.assertHeader('etag', '"1"')
    const replay = await send()
    replay.assertStatus(201)
    replay.assertHeader('idempotent-replayed', 'true')
    replay.assertHeader('etag', '"1"')
  })

  test('a reply holding a secret (a new token) is never stored', async ({ client, assert }) => {
    const { owner } = await createAgency()
    const token = await bearerFor(owner)
    const response = await client
      .post('/api/v1/me/tokens')
      .bearerToken(token)
      .header('Idempotency-Key', 'token-1')
      .json({ name: 'Zapier', abilities: ['leads:read'] })
    response.assertStatus(201)
    assert.lengthOf(await IdempotencyKey.query().where('user_id', owner.id), 0)
  })
})
