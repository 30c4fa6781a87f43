import { recordId } from '#core/http/record_id'
import string from '@adonisjs/core/helpers/string'
import type { RouteJSON } from '@adonisjs/core/types/http'
import { errorResponseRef, type ErrorStatus } from '#resources/openapi/common_components'
import type { RouteDocumentation } from '#resources/openapi/identity_paths'
import {
  HTTP_METHODS,
  jsonContent,
  ref,
  type HttpMethod,
  type OperationObject,
  type ParameterObject,
  type Paths,
} from '#resources/openapi/openapi_types'
import { rateLimitResponseHeaders } from '#resources/openapi/common_components'

export const API_PREFIX = '/api/v1'

/** What a trailing `*` of a route pattern is called as a path parameter. */
export const WILDCARD = 'path'

/**
 * A route of the JSON API as the router registered it.
 */
export type ApiRoute = {
  name?: string
  /** OpenAPI path, relative to the `/api/v1` server */
  path: string
  methods: HttpMethod[]
  params: ParameterObject[]
  middleware: { name: string; args: unknown }[]
}

/**
 * `/api/v1/users/:id/permissions` → `/users/{id}/permissions`.
 */
export function openApiPath(pattern: string) {
  const relative = pattern.slice(API_PREFIX.length) || '/'
  return relative.replace(/:(\w+)\??/g, '{$1}').replace(/\*/g, `{${WILDCARD}}`)
}

function namedMiddleware(route: RouteJSON) {
  const entries = [...route.middleware.all()] as unknown as { name?: string; args?: unknown }[]
  return entries
    .filter((entry) => typeof entry.name === 'string' && entry.name !== '')
    .map((entry) => ({ name: entry.name!, args: entry.args }))
}

function pathParameters(route: RouteJSON): ParameterObject[] {
  const parameters: ParameterObject[] = route.tokens
    .filter((token) => token.type === 1 || token.type === 3)
    .map((token) => {
      const numeric = token.matcher?.source === recordId.match.source
      return {
        name: token.val,
        in: 'path' as const,
        required: true,
        schema: numeric ? { type: 'integer', minimum: 1 } : { type: 'string' },
      }
    })
  if (route.tokens.some((token) => token.type === 2)) {
    parameters.push({
      name: WILDCARD,
      in: 'path',
      required: true,
      description: 'The rest of the path, slashes included.',
      schema: { type: 'string' },
    })
  }
  return parameters
}

/**
 * Every route under `/api/v1` the router knows (the router must be
 * committed, which it is once the server handles requests).
 */
export function apiRoutes(routes: RouteJSON[]): ApiRoute[] {
  return routes
    .filter((route) => route.pattern === API_PREFIX || route.pattern.startsWith(`${API_PREFIX}/`))
    .map((route) => ({
      name: route.name,
      path: openApiPath(route.pattern),
      methods: route.methods
        .map((method) => method.toLowerCase())
        .filter((method): method is HttpMethod => HTTP_METHODS.includes(method as HttpMethod)),
      params: pathParameters(route),
      middleware: namedMiddleware(route),
    }))
}

function fromDocumentation(documentation: RouteDocumentation): OperationObject {
  const { success } = documentation
  const responses: OperationObject['responses'] = {
    [success.status]: {
      description: success.description,
      headers: rateLimitResponseHeaders(),
      ...(success.schema ? { content: jsonContent(success.schema) } : {}),
    },
  }
  const errors: ErrorStatus[] = [...(documentation.errors ?? [])]
  if (documentation.body) errors.push(422)
  for (const status of errors) responses[status] = errorResponseRef(status)
  return {
    summary: documentation.summary,
    ...(documentation.description ? { description: documentation.description } : {}),
    tags: [documentation.tag],
    ...(documentation.query ? { parameters: [...documentation.query] } : {}),
    ...(documentation.body
      ? { requestBody: { required: true, content: jsonContent(documentation.body) } }
      : {}),
    responses,
  }
}

const ACTION_VERBS: Record<string, string> = {
  index: 'list',
  show: 'show',
  store: 'create',
  update: 'update',
  destroy: 'delete',
}

/**
 * What a route without its own documentation still gets: its name and
 * area, and whatever its middleware and pattern tell.
 */
function undocumented(route: ApiRoute, method: HttpMethod): OperationObject {
  const segment = route.path.split('/').find((part) => part && !part.startsWith('{')) ?? 'api'
  const parts = (route.name ?? `${method}${route.path}`)
    .replace(/^api\.v1\./, '')
    .split(/[./]/)
    .filter(Boolean)
  const verb = ACTION_VERBS[parts.at(-1) ?? '']
  const words = (verb ? [verb, ...parts.slice(0, -1)] : parts).join(' ').replace(/[_-]/g, ' ')
  const operation: OperationObject = {
    summary: string.sentenceCase(words),
    tags: [string.titleCase(segment.replaceAll('-', ' '))],
    responses: { '2XX': { description: 'Success.', headers: rateLimitResponseHeaders() } },
  }
  // Every body is validated (VineJS): invalid input is a 422.
  if (method === 'post' || method === 'put' || method === 'patch') {
    operation.responses[422] = errorResponseRef(422)
  }
  return operation
}

function addParameter(operation: OperationObject, parameter: ParameterObject | { $ref: string }) {
  const parameters = operation.parameters ?? []
  const key = (item: ParameterObject | { $ref: string }) =>
    '$ref' in item ? item.$ref : `${item.in}:${item.name}`
  if (!parameters.some((item) => key(item) === key(parameter))) parameters.push(parameter)
  operation.parameters = parameters
}

function addError(operation: OperationObject, status: ErrorStatus) {
  operation.responses[status] ??= errorResponseRef(status)
}

/**
 * The facts a route's middleware and pattern state, written onto its
 * operation: who may call it (bearer token, token ability), idempotency,
 * rate limiting, language, path parameters and the errors they bring.
 */
function applyRoute(operation: OperationObject, route: ApiRoute, optionalAuth: boolean) {
  const names = new Set(route.middleware.map((entry) => entry.name))
  const abilities = route.middleware
    .filter((entry) => entry.name === 'tokenAbility')
    .map((entry) => String(entry.args))

  if (route.name) {
    operation['x-route-name'] = route.name
    operation.operationId ??= string.camelCase(route.name.replace(/^api\.v1\./, ''))
  } else {
    // An unnamed route still needs a unique id: its method and path.
    operation.operationId ??= string.camelCase(`${route.methods[0]} ${route.path}`)
  }
  if (names.has('apiAuth')) {
    operation.security = [{ bearerAuth: [] }]
    addError(operation, 401)
    addError(operation, 403)
  } else {
    operation.security = optionalAuth ? [{}, { bearerAuth: [] }] : []
  }
  if (names.has('requireTwoFactor')) addError(operation, 403)
  if (abilities.length > 0) {
    operation['x-token-abilities'] = abilities
    const note = `Personal access tokens need the ${abilities.map((ability) => `\`${ability}\``).join(', ')} ability.`
    if (!operation.description?.includes(note)) {
      operation.description = [operation.description, note].filter(Boolean).join(' ')
    }
    addError(operation, 403)
  }
  if (names.has('idempotency')) {
    addParameter(operation, ref('parameters', 'IdempotencyKey'))
    addError(operation, 409)
    addError(operation, 422)
  }
  if (names.has('locale')) addParameter(operation, ref('parameters', 'AcceptLanguage'))
  if (names.has('apiRateLimit')) addError(operation, 429)
  for (const parameter of route.params) addParameter(operation, parameter)
  if (route.params.length > 0) addError(operation, 404)

  operation.responses = Object.fromEntries(
    Object.entries(operation.responses).sort(([a], [b]) => a.localeCompare(b))
  )
}

/**
 * Puts every API route into the paths: the ones already described (the
 * resources') get the route's facts, documented hand-written routes their
 * documentation, and any other route a minimal entry, so the document never
 * misses a route.
 */
export function routePaths(
  paths: Paths,
  routes: ApiRoute[],
  documentation: Record<string, RouteDocumentation>
) {
  for (const route of routes) {
    for (const method of route.methods) {
      const item = (paths[route.path] ??= {})
      const documented = route.name ? documentation[route.name] : undefined
      const operation =
        item[method] ??
        (documented ? fromDocumentation(documented) : undefined) ??
        undocumented(route, method)
      applyRoute(operation, route, documented?.optionalAuth === true)
      item[method] = operation
    }
  }
  return paths
}
