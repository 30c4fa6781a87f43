import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
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

/** API requests of an agency owner, asking for Arabic. */
async function arabicApi(client: ApiClient) {
  const { owner } = await createAgency()
  const token = await bearerFor(owner)
  return (method: 'GET' | 'POST' | 'PUT', url: string) =>
    client.request(url, method).bearerToken(token).header('accept-language', 'ar')
}

/** Admin-panel JSON requests of an agency owner whose language is Arabic. */
async function arabicPanel(client: ApiClient) {
  const { owner } = await createAgency()
  owner.locale = 'ar'
  await owner.save()
  return (method: 'POST' | 'PATCH', url: string) =>
    client.request(url, method).loginAs(owner).withCsrfToken().header('accept', 'application/json')
}

test.group('Arabic messages: errors of the framework itself', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('a JSON body over the 1 MB limit (413 E_REQUEST_ENTITY_TOO_LARGE) answers in Arabic', async ({
    client,
    assert,
  }) => {
    const api = await arabicApi(client)
    const response = await api('POST', '/api/v1/contacts').json({
      name: 'N',
      notes: 'x'.repeat(1_200_000),
    })
    response.assertStatus(413)
    const [message] = messagesOf(response.body())
    assert.match(message, ARABIC, `got "${message}"`)
  })

  test('an unsupported Content-Encoding (415 E_ENCODING_UNSUPPORTED) answers in Arabic', async ({
    client,
    assert,
  }) => {
    const api = await arabicApi(client)
    const response = await api('POST', '/api/v1/contacts')
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
    const panel = await arabicPanel(client)
    const response = await panel('PATCH', '/settings').json({
      currency: 'A1B',
      defaultLocale: 'fr',
      requireTwoFactor: 'sometimes',
    })
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
    const api = await arabicApi(client)
    const response = await api('PUT', '/api/v1/organization/lead-capture').json({
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
    const api = await arabicApi(client)
    const response = await api('PUT', '/api/v1/me/notification-preferences').json({
      preferences: [{ type: 'lead.assigned', inApp: 'maybe', email: true }],
    })
    response.assertStatus(422)
    const problems = messagesOf(response.body()).filter((message) => message.includes('inApp'))
    assert.deepEqual(problems, [])
  })

  test('lead conversion: dealTitle is named in Arabic', async ({ client, assert }) => {
    const api = await arabicApi(client)
    const lead = await api('POST', '/api/v1/leads').json({ name: 'عميل محتمل' })
    lead.assertStatus(201)
    const response = await api('POST', `/api/v1/leads/${lead.body().data.id}/convert`).json({
      dealTitle: 'x'.repeat(201),
    })
    response.assertStatus(422)
    const problems = messagesOf(response.body()).filter((message) => message.includes('dealTitle'))
    assert.deepEqual(problems, [])
  })

  test('saved views: a filter value of the wrong shape (unionOfTypes) answers in Arabic', async ({
    client,
    assert,
  }) => {
    const panel = await arabicPanel(client)
    const response = await panel('POST', '/contacts/views').json({
      name: 'عرض',
      state: { filter: { city: ['a', 'b'] } },
    })
    response.assertStatus(422)
    const english = messagesOf(response.body()).filter((message) => !ARABIC.test(message))
    assert.deepEqual(english, [])
  })

  test('export: trash/format query parameters are named in Arabic like page/perPage', async ({
    client,
    assert,
  }) => {
    const api = await arabicApi(client)
    const response = await api('GET', '/api/v1/contacts/export?format=pdf&trash=maybe')
    response.assertStatus(422)
    const problems = Object.entries(byField(response.body()))
      .filter(([field, message]) => message.includes(field))
      .map(([field, message]) => `${field}: ${message}`)
    assert.deepEqual(problems, [])
  })
})
