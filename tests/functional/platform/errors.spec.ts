import { test } from '@japa/runner'
import vine from '@vinejs/vine'
import router from '@adonisjs/core/services/router'
import { Exception } from '@adonisjs/core/exceptions'
import env from '#start/env'
import { middleware } from '#start/kernel'

/**
 * Routes that fail on purpose, registered before the test server commits
 * the router.
 */
const SECRET = 'connection string postgres://admin:hunter2@db.internal'
router.get('/__test/crash', () => {
  throw new Error(SECRET)
})
router
  .group(() => {
    router.get('/api/v1/__test/crash', () => {
      throw new Error(SECRET)
    })
    router.post('/api/v1/__test/validate', async ({ request }) => {
      return request.validateUsing(
        vine.create({ email: vine.string().email(), password: vine.string().minLength(8) })
      )
    })
    router.get('/api/v1/__test/conflict', () => {
      throw new Exception('Duplicate', { status: 409, code: 'E_TEST_CONFLICT' })
    })
  })
  .use(middleware.locale())

test.group('Errors', () => {
  test('an unknown API route answers the contract error format', async ({ client }) => {
    const response = await client.get('/api/v1/nothing-here')
    response.assertStatus(404)
    response.assertBody({
      errors: [{ message: 'The requested resource was not found', code: 'E_ROUTE_NOT_FOUND' }],
    })
  })

  test('API error messages follow Accept-Language', async ({ client }) => {
    const response = await client.get('/api/v1/nothing-here').header('accept-language', 'ar')
    response.assertStatus(404)
    response.assertBody({
      errors: [{ message: 'المورد المطلوب غير موجود', code: 'E_ROUTE_NOT_FOUND' }],
    })
  })

  test('API validation errors are 422 with one localized entry per field', async ({ client }) => {
    const response = await client
      .post('/api/v1/__test/validate')
      .header('accept-language', 'ar')
      .json({ email: 'nope', password: 'short' })
    response.assertStatus(422)
    response.assertBody({
      errors: [
        {
          message: 'يجب أن يكون البريد الإلكتروني بريدًا إلكترونيًا صالحًا',
          code: 'E_VALIDATION_ERROR',
          field: 'email',
        },
        {
          message: 'يجب ألا يقل كلمة المرور عن 8 أحرف',
          code: 'E_VALIDATION_ERROR',
          field: 'password',
        },
      ],
    })
  })

  test('a malformed JSON body is a 400', async ({ assert }) => {
    // Raw bytes, which the API client would otherwise serialize for us.
    const url = `http://${env.get('HOST', 'localhost')}:${env.get('PORT')}/api/v1/__test/validate`
    for (const body of ['{"email": ', '"just a string"']) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      })
      assert.equal(response.status, 400)
      assert.deepEqual(await response.json(), {
        errors: [{ message: 'The request is malformed', code: 'E_BAD_REQUEST' }],
      })
    }
  })

  test('typed domain errors keep their status and code', async ({ client }) => {
    const response = await client.get('/api/v1/__test/conflict')
    response.assertStatus(409)
    response.assertBody({ errors: [{ message: 'Duplicate', code: 'E_TEST_CONFLICT' }] })
  })

  test('an API crash reveals neither its message nor a stack trace', async ({ client, assert }) => {
    const response = await client.get('/api/v1/__test/crash')
    response.assertStatus(500)
    response.assertBody({
      errors: [
        { message: 'Something went wrong on our side. Please try again', code: 'E_INTERNAL' },
      ],
    })
    assert.notInclude(response.text(), 'hunter2')
  })

  test('outside development a web crash renders the localized error page, no stack', async ({
    client,
    assert,
  }) => {
    const response = await client.get('/__test/crash').header('accept-language', 'ar')
    response.assertStatus(500)
    const html = response.text()
    assert.include(html, '"component":"errors\\/server_error"')
    assert.include(html, 'dir="rtl"')
    assert.notInclude(html, 'hunter2')
    assert.notInclude(html, 'at ')
    assert.notMatch(html, /errors\.spec\.ts|node_modules/)
  })

  test('an unknown page renders the localized 404 page', async ({ client, assert }) => {
    const response = await client.get('/no/such/page').header('accept-language', 'ar')
    response.assertStatus(404)
    assert.include(response.text(), '"component":"errors\\/not_found"')
    assert.include(response.text(), 'lang="ar" dir="rtl"')
  })

  test('every response carries a request id, echoed when the caller sends one', async ({
    client,
  }) => {
    const response = await client.get('/health/live').header('x-request-id', 'trace-123')
    response.assertHeader('x-request-id', 'trace-123')
  })
})

test.group('Security headers', () => {
  test('pages carry CSP, HSTS of a year, nosniff, frame and referrer policies', async ({
    client,
    assert,
  }) => {
    const response = await client.get('/login')
    const csp = response.header('content-security-policy') ?? ''
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
      assert.include(csp, directive)
    }
    assert.match(response.header('strict-transport-security') ?? '', /max-age=31536000/)
    response.assertHeader('x-content-type-options', 'nosniff')
    response.assertHeader('x-frame-options', 'DENY')
    response.assertHeader('referrer-policy', 'strict-origin-when-cross-origin')
    assert.property(response.cookies(), 'XSRF-TOKEN')
  })
})
