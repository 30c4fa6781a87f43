import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import testUtils from '@adonisjs/core/services/test_utils'
import router from '@adonisjs/core/services/router'
import limiter from '@adonisjs/limiter/services/main'
import CustomField from '#resources/models/custom_field'
import { resourceList } from '#resources/registry'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor } from '#tests/helpers/api'

type Schema = Record<string, any>

/**
 * The document as the given bearer token (or none) sees it.
 */
async function fetchDocument(client: ApiClient, token?: string) {
  const request = client.get('/api/v1/openapi.json')
  if (token) request.bearerToken(token)
  const response = await request
  response.assertStatus(200)
  return response.body() as Schema
}

/**
 * Every `$ref` in the document, to check that each points at a component.
 */
function refsOf(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => refsOf(item, found))
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string') found.push(item)
      else refsOf(item, found)
    }
  }
  return found
}

function resolve(document: Schema, pointer: string) {
  return pointer
    .replace(/^#\//, '')
    .split('/')
    .reduce<any>((node, key) => node?.[key], document)
}

function parameterNames(document: Schema, operation: Schema) {
  return (operation.parameters ?? []).map((parameter: Schema) =>
    parameter.$ref ? resolve(document, parameter.$ref).name : parameter.name
  )
}

function typesOf(schema: Schema) {
  return Array.isArray(schema.type) ? schema.type : [schema.type]
}

test.group('OpenAPI document', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('is a public OpenAPI 3.1 document whose references all resolve', async ({
    client,
    assert,
  }) => {
    const response = await client.get('/api/v1/openapi.json')
    response.assertStatus(200)
    assert.include(response.header('content-type'), 'application/json')
    assert.exists(response.header('x-ratelimit-limit'))
    const document = response.body()

    assert.equal(document.openapi, '3.1.0')
    assert.equal(document.info.title, 'Nova CRM API')
    assert.isString(document.info.version)
    assert.deepEqual(document.servers, [{ url: '/api/v1' }])
    assert.isAbove(Object.keys(document.paths).length, 20)
    assert.deepEqual(document.components.securitySchemes.bearerAuth, {
      ...document.components.securitySchemes.bearerAuth,
      type: 'http',
      scheme: 'bearer',
    })
    assert.deepEqual(document.components.schemas.Error.required, ['errors'])
    assert.deepEqual(document.components.schemas.Error.properties.errors.items.required, [
      'message',
      'code',
    ])
    assert.deepEqual(document.components.schemas.OffsetPageMeta.required, [
      'total',
      'perPage',
      'currentPage',
      'lastPage',
    ])
    assert.deepEqual(document.components.schemas.CursorPageMeta.required, ['perPage', 'nextCursor'])
    assert.properties(document.components.headers, [
      'X-RateLimit-Limit',
      'X-RateLimit-Remaining',
      'Retry-After',
    ])

    for (const pointer of new Set(refsOf(document))) {
      assert.exists(resolve(document, pointer), `${pointer} does not resolve`)
    }
    const operationIds: string[] = []
    for (const [path, item] of Object.entries<Schema>(document.paths)) {
      assert.match(path, /^\/[\w\-./{}]*$/)
      for (const operation of Object.values<Schema>(item)) {
        assert.isString(operation.summary)
        assert.isNotEmpty(operation.tags)
        assert.isArray(operation.security, `${path} has no security`)
        assert.isNotEmpty(Object.keys(operation.responses))
        operationIds.push(operation.operationId)
      }
    }
    assert.lengthOf(new Set(operationIds), operationIds.length, 'operationIds are unique')
  })

  test('lists every /api/v1 route the router knows, with its security', async ({
    client,
    assert,
  }) => {
    const document = await fetchDocument(client)
    const routes = Object.values(router.toJSON())
      .flat()
      .filter((route) => route.pattern.startsWith('/api/v1/'))
    assert.isAbove(routes.length, 30)

    for (const route of routes) {
      const path = route.pattern
        .slice('/api/v1'.length)
        .replace(/:(\w+)\??/g, '{$1}')
        .replace('*', '{path}')
      const authenticated = [...route.middleware.all()].some(
        (entry: any) => entry.name === 'apiAuth'
      )
      for (const method of route.methods.filter((name) => name !== 'HEAD')) {
        const operation = document.paths[path]?.[method.toLowerCase()]
        assert.exists(operation, `${method} ${route.pattern} is missing`)
        if (authenticated) {
          assert.deepEqual(operation.security, [{ bearerAuth: [] }], route.pattern)
          assert.property(operation.responses, '401', route.pattern)
        } else {
          const anonymous =
            operation.security.length === 0 ||
            operation.security.some((requirement: Schema) => Object.keys(requirement).length === 0)
          assert.isTrue(anonymous, `${route.pattern} is public`)
        }
        for (const token of route.tokens.filter((item) => item.type === 1)) {
          assert.include(parameterNames(document, operation), token.val, route.pattern)
        }
      }
    }

    const login = document.paths['/auth/login'].post
    assert.deepEqual(login.security, [])
    assert.deepEqual(login.requestBody.content['application/json'].schema.required, [
      'email',
      'password',
    ])
    assert.equal(
      login.requestBody.content['application/json'].schema.properties.email.format,
      'email'
    )
    const signup = document.paths['/auth/signup'].post
    assert.includeMembers(signup.requestBody.content['application/json'].schema.required, [
      'organizationName',
      'name',
      'email',
      'password',
    ])
    assert.property(signup.responses, '201')
    assert.equal(
      document.paths['/auth/password/forgot'].post.responses['202'].description,
      'Accepted.'
    )

    const meUpdate = document.paths['/me'].patch
    assert.deepEqual(
      Object.keys(meUpdate.requestBody.content['application/json'].schema.properties),
      ['name', 'phone', 'locale', 'timezone']
    )
    assert.deepEqual(meUpdate['x-token-abilities'], ['me:write'])
    assert.equal(meUpdate.responses['422'].$ref, '#/components/responses/ValidationFailed')
    assert.equal(
      document.components.responses.ValidationFailed.content['application/json'].schema.$ref,
      '#/components/schemas/Error'
    )
    const userShow = document.paths['/users/{id}'].get
    assert.deepEqual(userShow['x-token-abilities'], ['users:read'])
    assert.properties(userShow.responses, ['200', '401', '403', '404', '429'])
    assert.equal(
      userShow.parameters.find((parameter: Schema) => parameter.name === 'id').schema.type,
      'integer'
    )
    assert.include(parameterNames(document, document.paths['/users'].get), 'filter[role]')

    assert.deepEqual(document.paths['/auth/refresh'].post.security, [])
    const openapi = document.paths['/openapi.json'].get
    assert.deepEqual(openapi.security, [{}, { bearerAuth: [] }])
  })

  test("describes every resource's paths and schemas from its declaration", async ({
    client,
    assert,
  }) => {
    const document = await fetchDocument(client)
    const { paths, components } = document

    for (const resource of resourceList) {
      const base = `/${resource.name}`
      assert.properties(paths[base], ['get', 'post'], resource.name)
      assert.properties(paths[`${base}/{id}`], ['get', 'patch', 'delete'], resource.name)
      assert.property(paths[`${base}/{id}/restore`], 'post')
      assert.property(paths[`${base}/bulk`], 'post')
      assert.property(paths[`${base}/export`], 'get')
      assert.property(paths[`${base}/imports`], 'post')
      assert.property(paths[`${base}/imports/{id}`], 'get')
      const commit = paths[`${base}/imports/{id}/commit`].post
      assert.includeMembers(commit.requestBody.content['application/json'].schema.required, [
        'mapping',
        'mode',
      ])
      assert.property(commit.responses, '202')
      assert.property(paths[`${base}/imports/{id}/dry-run`], 'post')
      assert.property(paths[`${base}/imports`].post.requestBody.content, 'multipart/form-data')

      const store = paths[base].post
      assert.include(parameterNames(document, store), 'Idempotency-Key')
      assert.properties(store.responses, ['201', '409', '422'])
      const update = paths[`${base}/{id}`].patch
      assert.include(parameterNames(document, update), 'If-Match')
      assert.properties(update.responses, ['200', '404', '412', '422'])
      const destroy = paths[`${base}/{id}`].delete
      assert.include(parameterNames(document, destroy), 'If-Match')
      assert.properties(destroy.responses, ['204', '412'])
      assert.includeMembers(
        paths[`${base}/bulk`].post.requestBody.content['application/json'].schema.required,
        ['ids', 'action']
      )
      assert.includeMembers(
        paths[`${base}/export`].get.parameters.find((p: Schema) => p.name === 'format').schema.enum,
        ['csv', 'xlsx']
      )
    }

    const contact = components.schemas.Contact.properties
    assert.includeMembers(components.schemas.Contact.required, [
      'id',
      'title',
      'version',
      'deletedAt',
      'custom',
    ])
    assert.deepEqual(contact.name.type, 'string')
    assert.equal(contact.name.maxLength, 200)
    assert.equal(contact.email.format, 'email')
    assert.deepEqual(typesOf(contact.email), ['string', 'null'])
    assert.equal(contact.phone.pattern, '^\\+[1-9]\\d{6,14}$')
    assert.deepEqual(typesOf(contact.companyId), ['integer', 'null'])
    assert.equal(contact.company.anyOf[0].$ref, '#/components/schemas/RelationSummary')
    assert.equal(contact.owner.anyOf[0].$ref, '#/components/schemas/RelationSummary')
    assert.includeMembers(contact.source.enum, ['website', 'referral', null])
    assert.deepEqual(typesOf(contact.tags), ['array', 'null'])
    assert.equal(contact.birthday.format, 'date')
    assert.equal(contact.createdAt.format, 'date-time')
    assert.isTrue(contact.createdAt.readOnly)
    assert.deepEqual(typesOf(contact.doNotContact), ['boolean', 'null'])
    assert.equal(contact.custom.type, 'object')
    assert.deepEqual(contact.custom.properties, {})
    assert.equal(components.schemas.Company.properties.website.format, 'uri')
    assert.includeMembers(components.schemas.Company.properties.industry.enum, ['finance'])

    const create = components.schemas.ContactCreate
    assert.deepEqual(create.required, ['name'])
    assert.notProperty(create.properties, 'createdAt')
    assert.notProperty(create.properties, 'id')
    assert.equal(create.properties.name.maxLength, 200)
    assert.equal(create.properties.birthday.format, 'date')
    assert.deepEqual(typesOf(create.properties.doNotContact), ['boolean', 'null'])
    assert.deepEqual(components.schemas.ContactUpdate.required, [])

    const list = paths['/contacts'].get
    const names = parameterNames(document, list)
    assert.includeMembers(names, [
      'page',
      'perPage',
      'cursor',
      'sort',
      'q',
      'filter[source]',
      'filter[companyId]',
      'filter[createdAt]',
    ])
    assert.notInclude(names, 'filter[name]', 'name is not filterable')
    const sort = list.parameters.find((p: Schema) => p.name === 'sort')
    assert.includeMembers(sort.schema.items.enum, ['name', '-name', '-createdAt', 'id'])
    assert.notInclude(sort.schema.items.enum, 'phone')
    const source = list.parameters.find((p: Schema) => p.name === 'filter[source]')
    assert.includeMembers(source.schema.enum, ['website', 'referral'])
    const createdAt = list.parameters.find((p: Schema) => p.name === 'filter[createdAt]')
    assert.includeMembers(createdAt.schema['x-operators'], ['gte', 'between', 'null'])
    assert.include(list.description, 'startsWith')
    assert.equal(
      list.responses['200'].content['application/json'].schema.properties.meta.$ref,
      '#/components/schemas/ListMeta'
    )
  })

  test("an organization's custom fields show to its own tokens only", async ({
    client,
    assert,
  }) => {
    const agency = await createAgency()
    const other = await createAgency()
    await CustomField.create({
      organizationId: agency.organization.id,
      resource: 'contacts',
      key: 'budget',
      type: 'money',
      labelEn: 'Budget',
      labelAr: 'الميزانية',
      options: [],
      required: false,
    })
    await CustomField.create({
      organizationId: agency.organization.id,
      resource: 'contacts',
      key: 'tier',
      type: 'select',
      labelEn: 'Tier',
      labelAr: 'الفئة',
      options: [
        { value: 'gold', labelEn: 'Gold', labelAr: 'ذهبي' },
        { value: 'silver', labelEn: 'Silver', labelAr: 'فضي' },
      ],
      required: true,
    })

    const own = await client.get('/api/v1/openapi.json').bearerToken(await bearerFor(agency.broker))
    own.assertStatus(200)
    assert.equal(own.header('cache-control'), 'private, no-store')
    const document = own.body()
    const custom = document.components.schemas.Contact.properties.custom
    assert.deepEqual(Object.keys(custom.properties), ['budget', 'tier'])
    assert.equal(custom.properties.budget.description, 'Budget')
    assert.equal(custom.properties.budget.anyOf[0].$ref, '#/components/schemas/Money')
    assert.deepEqual(custom.properties.tier.enum, ['gold', 'silver'])
    assert.deepEqual(custom.properties.tier['x-labels'], { en: 'Tier', ar: 'الفئة' })
    const input = document.components.schemas.ContactCreate.properties.custom
    assert.deepEqual(input.required, ['tier'])
    assert.deepEqual(input.properties.budget.properties.currency.pattern, '^[A-Z]{3}$')
    assert.includeMembers(document.components.schemas.ContactCreate.required, ['name', 'custom'])
    const filters = parameterNames(document, document.paths['/contacts'].get)
    assert.includeMembers(filters, ['filter[custom.budget]', 'filter[custom.tier]'])
    assert.notProperty(document.components.schemas.Company.properties.custom.properties, 'budget')

    const personal = await client
      .get('/api/v1/openapi.json')
      .bearerToken(await bearerFor(agency.manager, ['contacts:read']))
    assert.property(personal.body().components.schemas.Contact.properties.custom.properties, 'tier')

    const arabic = await client
      .get('/api/v1/openapi.json')
      .header('accept-language', 'ar')
      .bearerToken(await bearerFor(agency.admin))
    assert.equal(
      arabic.body().components.schemas.Contact.properties.custom.properties.budget.description,
      'الميزانية'
    )
    assert.equal(arabic.body().paths['/contacts'].get.summary, 'List contacts')

    const foreign = await client
      .get('/api/v1/openapi.json')
      .bearerToken(await bearerFor(other.owner))
    const anonymous = await client.get('/api/v1/openapi.json')
    const forged = await client.get('/api/v1/openapi.json').bearerToken('nat_forged.token')
    forged.assertStatus(200)
    assert.equal(anonymous.header('cache-control'), 'public, max-age=300')
    for (const response of [foreign, anonymous, forged]) {
      const body = response.body()
      assert.deepEqual(body.components.schemas.Contact.properties.custom.properties, {})
      const names = parameterNames(body, body.paths['/contacts'].get)
      assert.notInclude(names, 'filter[custom.budget]')
      assert.notInclude(names, 'filter[custom.tier]')
    }
  })

  test('archived custom fields and disabled users add nothing', async ({ client, assert }) => {
    const agency = await createAgency()
    const field = await CustomField.create({
      organizationId: agency.organization.id,
      resource: 'companies',
      key: 'license',
      type: 'text',
      labelEn: 'License',
      labelAr: 'الرخصة',
      options: [],
    })
    const token = await bearerFor(agency.admin)
    const active = await fetchDocument(client, token)
    assert.property(active.components.schemas.Company.properties.custom.properties, 'license')

    field.archivedAt = field.createdAt
    await field.save()
    const archived = await fetchDocument(client, token)
    assert.deepEqual(archived.components.schemas.Company.properties.custom.properties, {})

    await field.merge({ archivedAt: null }).save()
    agency.admin.status = 'disabled'
    await agency.admin.save()
    const disabled = await fetchDocument(client, token)
    assert.deepEqual(disabled.components.schemas.Company.properties.custom.properties, {})
  })
})

test.group('API docs page', (group) => {
  group.each.setup(() => limiter.clear(['memory']))

  test('renders Swagger UI from the package under the app CSP', async ({ client, assert }) => {
    const response = await client.get('/api/docs')
    response.assertStatus(200)
    assert.include(response.header('content-type'), 'text/html')
    const html = response.text()
    assert.include(html, 'data-spec-url="/api/v1/openapi.json"')
    assert.match(html, /<link rel="stylesheet" href="\/api\/docs\/assets\/swagger-ui\.css\?v=/)
    assert.match(
      html,
      /<script src="\/api\/docs\/assets\/swagger-ui-bundle\.js\?v=[\d.]+"><\/script>/
    )
    assert.match(html, /<script src="\/api\/docs\/assets\/docs\.js\?v=[\d.]+"><\/script>/)
    assert.notMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script')
    assert.notInclude(html, 'https://')

    const csp = response.header('content-security-policy') ?? ''
    const scriptSrc = csp.split(';').find((directive: string) => directive.includes('script-src'))
    assert.include(scriptSrc, "'self'")
    assert.notInclude(scriptSrc, 'unsafe-inline')
    assert.equal(response.header('x-frame-options'), 'DENY')
  })

  test('serves only the allow-listed assets, cached', async ({ client, assert }) => {
    const bundle = await client.get('/api/docs/assets/swagger-ui-bundle.js')
    bundle.assertStatus(200)
    assert.match(bundle.header('content-type') ?? '', /^text\/javascript/)
    assert.include(bundle.header('cache-control'), 'immutable')
    const etag = bundle.header('etag')
    assert.isString(etag)
    assert.include(bundle.text(), 'SwaggerUIBundle')

    const css = await client.get('/api/docs/assets/swagger-ui.css')
    css.assertStatus(200)
    assert.match(css.header('content-type') ?? '', /^text\/css/)

    const init = await client.get('/api/docs/assets/docs.js')
    init.assertStatus(200)
    assert.include(init.text(), 'data-spec-url')

    const cached = await client
      .get('/api/docs/assets/swagger-ui-bundle.js')
      .header('if-none-match', etag!)
    cached.assertStatus(304)

    for (const file of ['index.html', 'package.json', 'swagger-ui.js', '..%2Fpackage.json']) {
      const refused = await client.get(`/api/docs/assets/${file}`)
      refused.assertStatus(404)
    }
  })
})
