import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'
import { flashBack } from '#core/errors/flash_back'

/**
 * A refusal the web page shows (above the form and as a toast) after going
 * back; API requests never get here: the handler renders them first.
 */
abstract class FormException extends Exception {
  async handle(error: this, ctx: HttpContext) {
    flashBack(ctx, error.code!)
  }
}

export class AccountDisabledException extends FormException {
  static status = 403
  static code = 'E_ACCOUNT_DISABLED'
  static message = 'This account has been disabled'
}

export class InvalidRefreshTokenException extends Exception {
  static status = 401
  static code = 'E_INVALID_REFRESH_TOKEN'
  static message = 'The refresh token is invalid or expired'
}

/**
 * An invitation sent to an e-mail that already has an account (in another
 * agency: e-mails are unique on the platform). Only the invitee, who holds
 * the link, learns it; the inviter saw an invitation like any other.
 */
export class EmailHasAccountException extends FormException {
  static status = 409
  static code = 'E_EMAIL_HAS_ACCOUNT'
  static message =
    'This e-mail already has an account: sign in with it, or ask to be invited with another e-mail'
}

export class SignupDisabledException extends Exception {
  static status = 403
  static code = 'E_SIGNUP_DISABLED'
  static message = 'Sign-up is closed on this platform'
}

export class LastOwnerException extends FormException {
  static status = 409
  static code = 'E_LAST_OWNER'
  static message = 'An organization must keep at least one active owner'
}

export class MissingAbilityException extends Exception {
  static status = 403
  static code = 'E_TOKEN_ABILITY'
  static message = 'This token is not allowed to do this'
}

export class InvalidTwoFactorException extends FormException {
  static status = 401
  static code = 'E_INVALID_TWO_FACTOR_CODE'
  static message = 'The code is invalid or has expired'
}

export class TwoFactorStateException extends Exception {
  static status = 409
  static code = 'E_TWO_FACTOR_STATE'
  static message = 'Two-factor authentication is not in a state that allows this'
}

export class InvalidLinkException extends FormException {
  static status = 400
  static code = 'E_INVALID_TOKEN'
  static message = 'This link is invalid, already used or expired'
}

/**
 * The web walks the user to their profile to set it up; the API answers 403.
 */
export class TwoFactorRequiredException extends Exception {
  static status = 403
  static code = 'E_TWO_FACTOR_REQUIRED'
  static message = 'Your organization requires two-factor authentication: set it up first'

  async handle(error: this, ctx: HttpContext) {
    ctx.session.flash('error', ctx.i18n.t(`errors.${error.code}`))
    ctx.response.redirect().toRoute('admin.profile.show')
  }
}
