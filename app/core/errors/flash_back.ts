import type { HttpContext } from '@adonisjs/core/http'

/**
 * Shows a refusal on the page the user came from: above its form (errorsBag,
 * by code) and as a toast; what they typed is kept, secrets excepted.
 */
export function flashBack(ctx: HttpContext, code: string) {
  const message = ctx.i18n.t(`errors.${code}`)
  ctx.session.flashExcept(['_csrf', 'password', 'currentPassword', 'code'])
  ctx.session.flashErrors({ [code]: message })
  ctx.session.flash('error', message)
  return ctx.response.redirect().back()
}
