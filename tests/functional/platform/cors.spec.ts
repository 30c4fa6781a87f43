import { test } from '@japa/runner'

test.group('CORS', () => {
  test('the API answers preflights from an allowed origin', async ({ client }) => {
    const response = await client
      .options('/api/v1/me')
      .header('origin', 'https://app.nova.test')
      .header('access-control-request-method', 'GET')
      .header('access-control-request-headers', 'authorization')
    response.assertHeader('access-control-allow-origin', 'https://app.nova.test')
  })

  test('other origins, and the admin panel, get no CORS headers', async ({ client, assert }) => {
    const fromElsewhere = await client
      .options('/api/v1/me')
      .header('origin', 'https://evil.example')
      .header('access-control-request-method', 'GET')
    assert.notProperty(fromElsewhere.headers(), 'access-control-allow-origin')

    const panel = await client
      .options('/login')
      .header('origin', 'https://app.nova.test')
      .header('access-control-request-method', 'POST')
    assert.notProperty(panel.headers(), 'access-control-allow-origin')
  })
})
