import type { I18n } from '@adonisjs/i18n'
import type { RouteJSON } from '@adonisjs/core/types/http'
import type { ResourceDefinition } from '#resources/define_resource'
import type { ResolvedField } from '#resources/engine/resource_fields'
import { commonComponents } from '#resources/openapi/common_components'
import { IDENTITY_ROUTES, IDENTITY_SCHEMAS } from '#resources/openapi/identity_paths'
import { IMPORT_SCHEMAS, resourceOpenApi } from '#resources/openapi/resource_paths'
import { API_PREFIX, apiRoutes, routePaths } from '#resources/openapi/router_paths'
import type { Paths } from '#resources/openapi/openapi_types'

export type DocumentInput = {
  i18n: I18n
  /** each resource with the fields to describe (declared, plus the organization's custom ones) */
  resources: { resource: ResourceDefinition; fields: ResolvedField[] }[]
  /** every route the router registered */
  routes: RouteJSON[]
  version: string
}

const DESCRIPTION = [
  'The Nova CRM JSON API. JSON in and out; field names in camelCase; timestamps in ISO 8601 UTC.',
  '',
  'Authenticate with `Authorization: Bearer <token>`. Errors are `{ "errors": [{ "message", "code", "field"? }] }` with localized messages (`Accept-Language: en` or `ar`).',
  'Every response carries `X-RateLimit-Limit` and `X-RateLimit-Remaining`; a 429 carries `Retry-After`.',
  '',
  "Records carry a `version`, sent as `ETag`: send it back as `If-Match` to update or delete safely (412 when stale). `POST` accepts `Idempotency-Key`. Custom fields live under `custom` and filter as `filter[custom.<key>]`; with a bearer token this document lists the organization's own.",
].join('\n')

/**
 * The OpenAPI 3.1 document of the API: the resources from their
 * declarations and validators, the hand-written routes from their
 * documentation, and every other registered route from the router itself.
 */
export function buildOpenApiDocument(input: DocumentInput) {
  const components = commonComponents()
  Object.assign(components.schemas, IDENTITY_SCHEMAS, IMPORT_SCHEMAS)

  const paths: Paths = {}
  const resourceTags = []
  for (const { resource, fields } of input.resources) {
    const described = resourceOpenApi(input.i18n, resource, fields)
    Object.assign(paths, described.paths)
    Object.assign(components.schemas, described.schemas)
    resourceTags.push(described.tag)
  }

  routePaths(paths, apiRoutes(input.routes), IDENTITY_ROUTES)

  const sortedPaths = Object.fromEntries(
    Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))
  )
  return {
    openapi: '3.1.0',
    info: { title: 'Nova CRM API', version: input.version, description: DESCRIPTION },
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    servers: [{ url: API_PREFIX }],
    tags: [
      { name: 'Auth', description: 'Sign-up, sign-in, tokens and account recovery.' },
      { name: 'Me', description: 'The signed-in user: profile, security, sessions and tokens.' },
      { name: 'Users', description: "The organization's users (admins and owners)." },
      ...resourceTags,
      { name: 'Meta', description: 'About the API itself.' },
    ],
    paths: sortedPaths,
    components,
  }
}
