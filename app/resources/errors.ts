import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'
import { flashBack } from '#core/errors/flash_back'

/**
 * The record changed since the client read it (`If-Match` is stale). The
 * admin form shows it and keeps the user's input.
 */
export class StaleRecordException extends Exception {
  static status = 412
  static code = 'E_PRECONDITION_FAILED'
  static message = 'This record was changed by someone else. Reload it and try again'

  async handle(error: this, ctx: HttpContext) {
    flashBack(ctx, error.code!)
  }
}

export class IdempotencyConflictException extends Exception {
  static status = 409
  static code = 'E_IDEMPOTENCY_IN_PROGRESS'
  static message = 'A request with this Idempotency-Key is still being processed'
}
