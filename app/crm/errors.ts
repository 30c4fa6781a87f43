import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'
import { flashBack } from '#core/errors/flash_back'

/**
 * A lead with the same e-mail or phone already exists in the organization.
 * The API answers 409 unless `force`; the form warns, with a link to it when
 * the user may open it (`duplicate` is null when it is a colleague's lead
 * out of their reach), and offers to save anyway.
 */
export class DuplicateLeadException extends Exception {
  static status = 409
  static code = 'E_DUPLICATE'
  static message = 'A lead with the same e-mail or phone already exists'

  constructor(readonly duplicate: { id: number; title: string } | null) {
    super()
  }

  async handle(error: this, ctx: HttpContext) {
    ctx.session.flash('duplicate', error.duplicate ?? { id: null, title: null })
    flashBack(ctx, error.code!)
  }
}
