import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'
import { flashBack } from '#core/errors/flash_back'

/**
 * A lead with the same e-mail or phone already exists. The API answers 409
 * unless `force`; the form warns with a link to it and offers to save
 * anyway.
 */
export class DuplicateLeadException extends Exception {
  static status = 409
  static code = 'E_DUPLICATE'
  static message = 'A lead with the same e-mail or phone already exists'

  constructor(readonly duplicate: { id: number; title: string }) {
    super()
  }

  async handle(error: this, ctx: HttpContext) {
    ctx.session.flash('duplicate', error.duplicate)
    flashBack(ctx, error.code!)
  }
}
