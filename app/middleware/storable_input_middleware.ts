import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { errors } from '@vinejs/vine'
import { Exception } from '@adonisjs/core/exceptions'
import { requestI18n } from '#core/i18n/request_i18n'
import { isStorableText } from '#core/validation/storable_text'

/** The path of every string in a value that PostgreSQL could not store. */
function unstorablePaths(value: unknown, path: string, found: string[]) {
  if (typeof value === 'string') {
    if (!isStorableText(value)) found.push(path)
  } else if (Array.isArray(value)) {
    value.forEach((item, index) =>
      unstorablePaths(item, path ? `${path}.${index}` : String(index), found)
    )
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!isStorableText(key)) found.push(path || key)
      else unstorablePaths(item, path ? `${path}.${key}` : key, found)
    }
  }
  return found
}

/**
 * Refuses, before any validator or query sees them, a JSON body that is
 * not an object (400 malformed, as the body parser answers null or a
 * number) and text that cannot be stored (a NUL character, a lone
 * surrogate) anywhere in the body, query string or route parameters: a
 * 422 naming each field, instead of an error from the database.
 */
export default class StorableInputMiddleware {
  handle(ctx: HttpContext, next: NextFn) {
    const { request } = ctx
    // only a JSON body can be an array
    if (Array.isArray(request.body())) {
      throw new Exception('The request body must be a JSON object', {
        status: 400,
        code: 'E_BAD_REQUEST',
      })
    }
    const found = unstorablePaths(
      { ...request.params(), ...request.qs(), ...request.body() },
      '',
      []
    )
    if (found.length === 0) return next()
    const i18n = requestI18n(ctx)
    throw new errors.E_VALIDATION_ERROR(
      found.map((field) => ({
        field,
        rule: 'storableText',
        message: i18n.t('validator.shared.messages.storableText', { field }),
      }))
    )
  }
}
