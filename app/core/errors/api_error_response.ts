import type { HttpContext } from '@adonisjs/core/http'

export type ApiError = { message: string; code: string; field?: string }

type ErrorLike = {
  getDefaultHeaders?: () => Record<string, string | number>
  status?: number
  code?: string
  message?: string
  messages?: { field: string; message: string }[]
}

export function isApiRequest(ctx: HttpContext) {
  const url = ctx.request.url()
  return url.startsWith('/api/') || (url.startsWith('/public/') && !url.endsWith('/lead-form'))
}

/**
 * Where the contract's status differs from the framework's.
 */
const CONTRACT_STATUS: Record<string, number> = { E_INVALID_CREDENTIALS: 401 }

function statusOf(error: ErrorLike) {
  if (error.code && CONTRACT_STATUS[error.code]) return CONTRACT_STATUS[error.code]
  const status = Number(error.status)
  if (!Number.isInteger(status) || status < 400 || status >= 600) return 500
  // The body parser rejects non-object JSON with an uncoded 422: still a malformed body.
  if (status === 422 && !error.code) return 400
  return status
}

function codeOf(error: ErrorLike, status: number) {
  if (status >= 500) return 'E_INTERNAL'
  if (error.code?.startsWith('E_')) return error.code
  return status === 400 ? 'E_BAD_REQUEST' : 'E_HTTP_ERROR'
}

/**
 * Renders any error as the API contract's `{ errors: [...] }` body with a
 * localized message. Server errors never expose their message or stack.
 */
export function apiErrorResponse(error: unknown, ctx: HttpContext) {
  const err = (error ?? {}) as ErrorLike
  const status = statusOf(err)
  const code = codeOf(err, status)

  let errors: ApiError[]
  if (code === 'E_VALIDATION_ERROR' && Array.isArray(err.messages)) {
    errors = err.messages.map(({ field, message }) => ({ message, code, field }))
  } else {
    const key = `errors.${code}`
    const fallback = status >= 500 ? ctx.i18n.t('errors.E_INTERNAL') : (err.message ?? code)
    errors = [{ message: ctx.i18n.hasMessage(key) ? ctx.i18n.t(key) : fallback, code }]
  }

  // Rate-limit errors carry Retry-After and X-RateLimit-* headers.
  const headers = status === 429 && err.getDefaultHeaders ? err.getDefaultHeaders() : {}
  return { status, headers, body: { errors } }
}
