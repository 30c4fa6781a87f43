import app from '@adonisjs/core/services/app'
import { ExceptionHandler, type HttpContext } from '@adonisjs/core/http'
import type { StatusPageRange, StatusPageRenderer } from '@adonisjs/core/types/http'
import { apiErrorResponse, isApiRequest } from '#core/errors/api_error_response'
import { requestI18n } from '#core/i18n/request_i18n'
import { recordSecurityEvent } from '#core/audit/audit'
import { flashBack } from '#core/errors/flash_back'

export default class HttpExceptionHandler extends ExceptionHandler {
  /**
   * Stack traces only while developing; everywhere else (production, tests)
   * server errors render the localized error page.
   */
  protected debug = app.inDev
  protected renderStatusPages = true

  protected statusPages: Record<StatusPageRange, StatusPageRenderer> = {
    '403': (_, ctx) => this.renderPage(ctx, 403, 'errors/forbidden'),
    '404': (_, ctx) => this.renderPage(ctx, 404, 'errors/not_found'),
    ...(app.inDev
      ? {}
      : { '500..599': (_, ctx) => this.renderPage(ctx, 500, 'errors/server_error') }),
  }

  protected async renderPage(
    ctx: HttpContext,
    status: number,
    page: 'errors/forbidden' | 'errors/not_found' | 'errors/server_error'
  ) {
    const body = await ctx.inertia.render(page, {})
    return ctx.response.status(status).send(body)
  }

  /**
   * Unmatched routes skip the router middleware, so the error page may have
   * no i18n yet: fall back to the visitor's choice or browser language.
   */
  protected ensureI18n(ctx: HttpContext) {
    ctx.i18n = requestI18n(ctx)
  }

  async handle(error: unknown, ctx: HttpContext) {
    this.ensureI18n(ctx)
    if (isApiRequest(ctx)) {
      const { status, headers, body } = apiErrorResponse(error, ctx)
      for (const [name, value] of Object.entries(headers)) ctx.response.header(name, value)
      return ctx.response.status(status).send(body)
    }
    /**
     * Bouncer denials and missing records would answer in plain text: they
     * get the localized pages instead; rate limits go back to the form.
     */
    const code = (error as { code?: string } | null)?.code
    if (code === 'E_TOO_MANY_REQUESTS' && ctx.session) return flashBack(ctx, code)
    if (code === 'E_AUTHORIZATION_FAILURE') return this.renderPage(ctx, 403, 'errors/forbidden')
    if (code === 'E_ROW_NOT_FOUND' || code === 'E_ROUTE_NOT_FOUND') {
      return this.renderPage(ctx, 404, 'errors/not_found')
    }
    return super.handle(error, ctx)
  }

  /**
   * Every denial also lands in the security log.
   */
  async report(error: unknown, ctx: HttpContext) {
    if ((error as { status?: number } | null)?.status === 403) {
      await recordSecurityEvent({
        event: 'access_denied',
        details: {
          method: ctx.request.method(),
          url: ctx.request.url(),
          code: (error as { code?: string }).code,
        },
      }).catch((failure) => ctx.logger.error({ err: failure }, 'could not write the security log'))
    }
    return super.report(error, ctx)
  }
}
