import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor } from '#tests/helpers/api'

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64'
)

test.group('File fields', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('an uploaded logo is set on a company and served only to its organization', async ({
    client,
    assert,
  }) => {
    const { manager } = await createAgency()
    const other = await createAgency()
    const token = await bearerFor(manager)

    const upload = await client
      .post('/api/v1/files')
      .bearerToken(token)
      .file('file', PNG, { filename: 'Our Logo.png' })
    upload.assertStatus(201)
    const key = upload.body().data.key as string
    assert.match(key, /^org-\d+\/[0-9a-f-]{36}\/our-logo\.png$/)

    const company = await client
      .post('/api/v1/companies')
      .bearerToken(token)
      .json({ name: 'Rawabi Holding', logo: key })
    company.assertStatus(201)
    assert.deepEqual(company.body().data.logo, { key, name: 'our-logo.png', image: true })

    const download = await client.get(`/api/v1/files/${key}`).bearerToken(token)
    download.assertStatus(200)
    download.assertHeader('content-type', 'image/png')

    const foreignToken = await bearerFor(other.manager)
    const refused = await client.get(`/api/v1/files/${key}`).bearerToken(foreignToken)
    refused.assertStatus(404)
    const stolen = await client
      .post('/api/v1/companies')
      .bearerToken(foreignToken)
      .json({ name: 'Copycat', logo: key })
    stolen.assertStatus(422)
    assert.equal(stolen.body().errors[0].field, 'logo')
  })

  test('executables and oversized files are refused with a field error', async ({ client }) => {
    const { manager } = await createAgency()
    const token = await bearerFor(manager)
    const refused = await client
      .post('/api/v1/files')
      .bearerToken(token)
      .file('file', Buffer.from('MZ'), { filename: 'tool.exe' })
    refused.assertStatus(422)
    refused.assertBodyContains({ errors: [{ field: 'file' }] })
  })
})
