import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor } from '#tests/helpers/api'

/**
 * Error messages are in the request's language, with every placeholder
 * filled in.
 */
const ARABIC = /[\u0600-\u06FF]/
const messagesOf = (body: any) =>
  (body.errors ?? []).map((error: { message: string }) => error.message)

test.group('Bad input: Arabic messages', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('list paging/cursor/trash errors are Arabic in Arabic', async ({ client, assert }) => {
    const { owner } = await createAgency()
    const token = await bearerFor(owner)
    const english: unknown[] = []
    for (const qs of [
      'page=abc',
      'page=0',
      'perPage=100000',
      `cursor=${'a'.repeat(300)}`,
      'cursor[]=a',
      'trash=maybe',
    ]) {
      const response = await client
        .get(`/api/v1/contacts?${qs}`)
        .bearerToken(token)
        .header('accept-language', 'ar')
      response.assertStatus(422)
      for (const message of messagesOf(response.body()))
        if (!ARABIC.test(message)) english.push([qs, message])
    }
    assert.deepEqual(english, [])
  })

  test('array size errors are translated and interpolated', async ({ client, assert }) => {
    const { owner } = await createAgency()
    const token = await bearerFor(owner)
    const tags = Array.from({ length: 31 }, (_, index) => `t${index}`)
    const english = await client
      .post('/api/v1/contacts')
      .bearerToken(token)
      .json({ name: 'N', tags })
    english.assertStatus(422)
    assert.notInclude(messagesOf(english.body()).join(' '), '{{')

    const problems: unknown[] = []
    const requests: [string, () => any][] = [
      ['tags > 30', () => client.post('/api/v1/contacts').json({ name: 'N', tags })],
      [
        'bulk ids []',
        () => client.post('/api/v1/contacts/bulk').json({ ids: [], action: 'delete' }),
      ],
      [
        'token expiresAt in the past',
        () =>
          client
            .post('/api/v1/me/tokens')
            .json({ name: 'x', abilities: ['contacts:read'], expiresAt: '1999-01-01T00:00:00Z' }),
      ],
    ]
    for (const [label, send] of requests) {
      const response = await send().bearerToken(token).header('accept-language', 'ar')
      response.assertStatus(422)
      for (const message of messagesOf(response.body()))
        if (message.includes('{{') || !ARABIC.test(message)) problems.push([label, message])
    }
    assert.deepEqual(problems, [])
  })
})

test.group('Bad input: fields named in Arabic', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('a part of a field is named by its field, never by its path', async ({ client, assert }) => {
    const { owner } = await createAgency()
    const token = await bearerFor(owner)
    const response = await client
      .post('/api/v1/leads')
      .bearerToken(token)
      .header('accept-language', 'ar')
      .json({ name: 'عميل', value: { amount: 'abc', currency: 'x' }, tags: [''] })
    response.assertStatus(422)
    const byField = Object.fromEntries(
      response.body().errors.map((error: any) => [error.field, error.message])
    )
    assert.include(byField['value.amount'], 'القيمة (المبلغ)')
    assert.include(byField['value.currency'], 'القيمة (العملة)')
    assert.include(byField['tags.0'], 'الوسوم')
    for (const message of Object.values(byField))
      assert.notMatch(message as string, /[a-z]\.[a-z*0-9]/i)
  })

  test('the public form names its message field', async ({ client, assert }) => {
    const { organization } = await createAgency()
    const response = await client
      .post(`/public/organizations/${organization.slug}/leads`)
      .header('accept-language', 'ar')
      .json({ name: 'زائر', email: 'visitor@example.com', message: 'م'.repeat(5001) })
    response.assertStatus(422)
    const [error] = response.body().errors
    assert.equal(error.field, 'message')
    assert.include(error.message, 'الرسالة')
  })
})
