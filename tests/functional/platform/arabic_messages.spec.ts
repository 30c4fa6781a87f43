import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor } from '#tests/helpers/api'

/**
 * A request in Arabic answers in Arabic, with the field it names in Arabic
 * too (never its raw key, never VineJS' or the body parser's English).
 */
const ARABIC = /[\u0600-\u06FF]/
const messagesOf = (body: any): string[] =>
  (body?.errors ?? []).map((error: { message: string }) => error.message)
const byField = (body: any): Record<string, string> =>
  Object.fromEntries((body?.errors ?? []).map((error: any) => [error.field, error.message]))

test.group('Arabic messages: errors of the framework itself', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('a JSON body over the 1 MB limit (413 E_REQUEST_ENTITY_TOO_LARGE) answers in Arabic', async ({
    client,
    assert,
  }) => {
    const { owner } = await createAgency()
    const token = await bearerFor(owner)
    const response = await client
      .post('/api/v1/contacts')
      .bearerToken(token)
      .header('accept-language', 'ar')
      .json({ name: 'N', notes: 'x'.repeat(1_200_000) })
    response.assertStatus(413)
    const [message] = messagesOf(response.body())
    assert.match(message, ARABIC, `got "${message}"`)
  })

  test('an unsupported Content-Encoding (415 E_ENCODING_UNSUPPORTED) answers in Arabic', async ({
    client,
    assert,
  }) => {
    const { owner } = await createAgency()
    const token = await bearerFor(owner)
    const response = await client
      .post('/api/v1/contacts')
      .bearerToken(token)
      .header('accept-language', 'ar')
      .header('content-type', 'application/json')
      .header('content-encoding', 'nova')
      .json({ name: 'N' })
    assert.equal(response.status(), 415)
    const [message] = messagesOf(response.body())
    assert.match(message, ARABIC, `got "${message}"`)
  })
})

test.group('Arabic messages: every validator names its fields', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('settings: currency (alpha rule), defaultLocale, requireTwoFactor are named in Arabic', async ({
    client,
    assert,
  }) => {
    const { owner } = await createAgency()
    owner.locale = 'ar'
    await owner.save()
    const response = await client
      .patch('/settings')
      .loginAs(owner)
      .withCsrfToken()
      .header('accept', 'application/json')
      .json({ currency: 'A1B', defaultLocale: 'fr', requireTwoFactor: 'sometimes' })
    response.assertStatus(422)
    const fields = byField(response.body())
    const problems: string[] = []
    for (const [field, message] of Object.entries(fields)) {
      if (!ARABIC.test(message)) problems.push(`${field}: English "${message}"`)
      if (message.includes(field)) problems.push(`${field}: raw key in "${message}"`)
    }
    assert.deepEqual(problems, [])
  })

  test('lead capture: a lead source label is named in Arabic', async ({ client, assert }) => {
    const { owner } = await createAgency()
    const token = await bearerFor(owner)
    const response = await client
      .put('/api/v1/organization/lead-capture')
      .bearerToken(token)
      .header('accept-language', 'ar')
      .json({
        leadAssignment: 'fixed',
        allowedOrigins: [],
        leadSources: [{ value: 'Web Site', labelEn: 'Web', labelAr: 'م'.repeat(81) }],
      })
    response.assertStatus(422)
    const problems = Object.entries(byField(response.body()))
      .filter(([, message]) => /labelAr|labelEn|value/.test(message))
      .map(([field, message]) => `${field}: ${message}`)
    assert.deepEqual(problems, [])
  })

  test('notification preferences: inApp is named in Arabic', async ({ client, assert }) => {
    const { owner } = await createAgency()
    const token = await bearerFor(owner)
    const response = await client
      .put('/api/v1/me/notification-preferences')
      .bearerToken(token)
      .header('accept-language', 'ar')
      .json({ preferences: [{ type: 'lead.assigned', inApp: 'maybe', email: true }] })
    response.assertStatus(422)
    const problems = messagesOf(response.body()).filter((message) => message.includes('inApp'))
    assert.deepEqual(problems, [])
  })

  test('lead conversion: dealTitle is named in Arabic', async ({ client, assert }) => {
    const { owner } = await createAgency()
    const token = await bearerFor(owner)
    const lead = await client.post('/api/v1/leads').bearerToken(token).json({ name: 'عميل محتمل' })
    lead.assertStatus(201)
    const response = await client
      .post(`/api/v1/leads/${lead.body().data.id}/convert`)
      .bearerToken(token)
      .header('accept-language', 'ar')
      .json({ dealTitle: 'x'.repeat(201) })
    response.assertStatus(422)
    const problems = messagesOf(response.body()).filter((message) => message.includes('dealTitle'))
    assert.deepEqual(problems, [])
  })

  test('saved views: a filter value of the wrong shape (unionOfTypes) answers in Arabic', async ({
    client,
    assert,
  }) => {
    const { owner } = await createAgency()
    owner.locale = 'ar'
    await owner.save()
    const response = await client
      .post('/contacts/views')
      .loginAs(owner)
      .withCsrfToken()
      .header('accept', 'application/json')
      .json({ name: 'عرض', state: { filter: { city: ['a', 'b'] } } })
    response.assertStatus(422)
    const english = messagesOf(response.body()).filter((message) => !ARABIC.test(message))
    assert.deepEqual(english, [])
  })

  test('export: trash/format query parameters are named in Arabic like page/perPage', async ({
    client,
    assert,
  }) => {
    const { owner } = await createAgency()
    const token = await bearerFor(owner)
    const response = await client
      .get('/api/v1/contacts/export?format=pdf&trash=maybe')
      .bearerToken(token)
      .header('accept-language', 'ar')
    response.assertStatus(422)
    const problems = Object.entries(byField(response.body()))
      .filter(([field, message]) => message.includes(field))
      .map(([field, message]) => `${field}: ${message}`)
    assert.deepEqual(problems, [])
  })
})
