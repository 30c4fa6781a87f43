import { DEFAULT_PER_PAGE, MAX_PER_PAGE } from '#core/http/pagination'
import { LOCALES } from '#core/i18n/locales'
import {
  jsonContent,
  ref,
  type ParameterObject,
  type ResponseObject,
  type SchemaObject,
} from '#resources/openapi/openapi_types'

/**
 * The error responses every operation may answer with, by status.
 */
export const ERROR_RESPONSES = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  412: 'PreconditionFailed',
  422: 'ValidationFailed',
  429: 'TooManyRequests',
} as const
export type ErrorStatus = keyof typeof ERROR_RESPONSES

const ERROR_DESCRIPTIONS: Record<ErrorStatus, string> = {
  400: 'Malformed request (unreadable body, invalid or spent link token).',
  401: 'Missing, invalid, expired or revoked bearer token, or wrong credentials.',
  403: 'Not allowed: the role lacks the permission, the token lacks the ability (`E_TOKEN_ABILITY`), the account is disabled (`E_ACCOUNT_DISABLED`) or two-factor authentication must be set up first (`E_TWO_FACTOR_REQUIRED`).',
  404: 'Not found; records of another organization are not found either.',
  409: 'Conflict with the current state (duplicate, request still in progress, last owner).',
  412: '`If-Match` no longer matches the record version (`E_PRECONDITION_FAILED`).',
  422: 'Validation failed: one error per invalid field, each with its `field` (also unknown `sort` or `filter` fields, with `field` set to the parameter).',
  429: 'Rate limited: retry after `Retry-After` seconds.',
}

const rateLimitHeaders = {
  'X-RateLimit-Limit': ref('headers', 'X-RateLimit-Limit'),
  'X-RateLimit-Remaining': ref('headers', 'X-RateLimit-Remaining'),
}

/**
 * Response headers of every rate-limited API response.
 */
export function rateLimitResponseHeaders() {
  return { ...rateLimitHeaders }
}

function errorResponse(status: ErrorStatus): ResponseObject {
  const headers: ResponseObject['headers'] = { ...rateLimitHeaders }
  if (status === 429) headers['Retry-After'] = ref('headers', 'Retry-After')
  return {
    description: ERROR_DESCRIPTIONS[status],
    headers,
    content: jsonContent(ref('schemas', 'Error')),
  }
}

const schemas: Record<string, SchemaObject> = {
  Error: {
    type: 'object',
    description: 'Every error response. Messages follow `Accept-Language` (en, ar).',
    properties: {
      errors: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          properties: {
            message: { type: 'string', description: 'Localized, for people.' },
            code: { type: 'string', pattern: '^E_[A-Z0-9_]+$', examples: ['E_VALIDATION_ERROR'] },
            field: { type: 'string', description: 'The input field, for validation errors only.' },
          },
          required: ['message', 'code'],
        },
      },
    },
    required: ['errors'],
  },
  OffsetPageMeta: {
    type: 'object',
    description:
      "Offset paging (`?page=&perPage=`), with a total exact up to 10,000; exact at any size where maintained counts answer it (an organization's leads, by status or not).",
    properties: {
      total: { type: 'integer', minimum: 0 },
      perPage: { type: 'integer', minimum: 1, maximum: MAX_PER_PAGE },
      currentPage: { type: 'integer', minimum: 1 },
      lastPage: { type: 'integer', minimum: 1 },
      totalCapped: {
        type: 'boolean',
        description: 'Present and true when counting stopped at `total` (10,000): there are more.',
      },
    },
    required: ['total', 'perPage', 'currentPage', 'lastPage'],
  },
  CursorPageMeta: {
    type: 'object',
    description: 'Cursor paging (`?cursor=`): no total; `nextCursor` is null on the last page.',
    properties: {
      perPage: { type: 'integer', minimum: 1, maximum: MAX_PER_PAGE },
      nextCursor: { type: ['string', 'null'] },
    },
    required: ['perPage', 'nextCursor'],
  },
  ListMeta: {
    oneOf: [ref('schemas', 'OffsetPageMeta'), ref('schemas', 'CursorPageMeta')],
  },
  Money: {
    type: 'object',
    description: 'An amount with two decimals, as a string, and its ISO 4217 currency.',
    properties: {
      amount: { type: 'string', pattern: '^-?\\d+\\.\\d{2}$', examples: ['1250000.00'] },
      currency: { type: 'string', pattern: '^[A-Z]{3}$', examples: ['SAR'] },
    },
    required: ['amount', 'currency'],
  },
  RelationSummary: {
    type: 'object',
    description: 'The related record (or user) a relation points at, with its title.',
    properties: { id: { type: 'integer' }, title: { type: 'string' } },
    required: ['id', 'title'],
  },
  BulkResult: {
    type: 'object',
    properties: {
      action: { type: 'string' },
      affected: { type: 'integer', minimum: 0 },
      ids: {
        type: 'array',
        items: { type: 'integer' },
        description: 'The records the action applied to (others were not reachable).',
      },
    },
    required: ['action', 'affected', 'ids'],
  },
}

const parameters: Record<string, ParameterObject> = {
  page: {
    name: 'page',
    in: 'query',
    description: 'Page number (offset paging).',
    schema: { type: 'integer', minimum: 1, default: 1 },
  },
  perPage: {
    name: 'perPage',
    in: 'query',
    description: `Items per page, ${MAX_PER_PAGE} at most.`,
    schema: { type: 'integer', minimum: 1, maximum: MAX_PER_PAGE, default: DEFAULT_PER_PAGE },
  },
  q: {
    name: 'q',
    in: 'query',
    description: 'Case-insensitive search over the searchable fields.',
    schema: { type: 'string' },
  },
  AcceptLanguage: {
    name: 'Accept-Language',
    in: 'header',
    description: "Language of the messages; else the user's saved language.",
    schema: { type: 'string', enum: [...LOCALES] },
  },
  IdempotencyKey: {
    name: 'Idempotency-Key',
    in: 'header',
    description:
      'Makes the POST safe to retry for 24 hours: a replay returns the first response (with `Idempotent-Replayed: true`), the same key with another body is a 422, a retry while the first is still running a 409.',
    schema: { type: 'string', maxLength: 200 },
  },
  IfMatch: {
    name: 'If-Match',
    in: 'header',
    description:
      'The `ETag` (record version) the change is based on, e.g. `"3"`; a stale one is a 412. Absent or `*`: no check.',
    schema: { type: 'string', examples: ['"3"'] },
  },
}

const headers = {
  'X-RateLimit-Limit': {
    description: 'Requests allowed per minute for this token (or IP without one).',
    schema: { type: 'integer' },
  },
  'X-RateLimit-Remaining': {
    description: 'Requests left in the current minute.',
    schema: { type: 'integer' },
  },
  'Retry-After': {
    description: 'Seconds to wait before retrying.',
    schema: { type: 'integer' },
  },
  'ETag': {
    description: 'The record version, e.g. `"3"`: send it back as `If-Match`.',
    schema: { type: 'string' },
  },
}

/**
 * The components every document shares: security scheme, errors, paging
 * meta, common parameters and headers.
 */
export function commonComponents() {
  const responses = Object.fromEntries(
    Object.entries(ERROR_RESPONSES).map(([status, name]) => [
      name,
      errorResponse(Number(status) as ErrorStatus),
    ])
  )
  return {
    securitySchemes: {
      bearerAuth: {
        type: 'http',
        scheme: 'bearer',
        description:
          'An access token from `POST /auth/login` (15 minutes, renewed with `POST /auth/refresh`) or a personal access token (`POST /me/tokens`) limited to its abilities.',
      },
    },
    schemas: structuredClone(schemas),
    parameters: structuredClone(parameters),
    headers: structuredClone(headers),
    responses,
  }
}

export function errorResponseRef(status: ErrorStatus) {
  return ref('responses', ERROR_RESPONSES[status])
}
