import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import BaseInertiaMiddleware from '@adonisjs/inertia/inertia_middleware'
import i18nManager from '@adonisjs/i18n/services/main'
import UserTransformer from '#identity/transformers/user_transformer'
import OrganizationTransformer from '#identity/transformers/organization_transformer'
import { navigationFor } from '#core/navigation'
import { directionOf, type Locale } from '#core/i18n/locales'
import type User from '#identity/models/user'
import { unreadCountOf } from '#notifications/queries/notification_list'

export const THEME_COOKIE = 'nova_theme'

export default class InertiaMiddleware extends BaseInertiaMiddleware {
  /**
   * Shared with every page. A page can render before the session, auth or
   * locale middleware ran (a 404 for instance), so each may be missing.
   */
  async share(ctx: HttpContext) {
    const { session, auth, request, i18n } = ctx as Partial<HttpContext>
    const user = auth?.user as User | undefined
    if (user) await user.loadOrganization()
    const locale = (i18n?.locale ?? i18nManager.defaultLocale) as Locale
    const theme =
      request?.plainCookie(THEME_COOKIE, { encoded: false }) === 'dark' ? 'dark' : 'light'

    return {
      errors: ctx.inertia.always(this.getValidationErrors(ctx)),
      flash: ctx.inertia.always({
        success: session?.flashMessages.get('success') as string | undefined,
        error: session?.flashMessages.get('error') as string | undefined,
        duplicate: session?.flashMessages.get('duplicate') as
          { id: number; title: string } | undefined,
      }),
      locale: ctx.inertia.always(locale),
      dir: ctx.inertia.always(directionOf(locale)),
      theme: ctx.inertia.always(theme),
      user: ctx.inertia.always(user ? UserTransformer.transform(user) : undefined),
      organization: ctx.inertia.always(
        user ? OrganizationTransformer.transform(user.organization) : undefined
      ),
      navigation: ctx.inertia.always(user && ctx.bouncer ? await navigationFor(ctx) : []),
      unreadNotifications: ctx.inertia.always(user ? await unreadCountOf(user.id) : 0),
    }
  }

  async handle(ctx: HttpContext, next: NextFn) {
    await this.init(ctx)
    const output = await next()
    this.dispose(ctx)
    return output
  }
}

declare module '@adonisjs/inertia/types' {
  type MiddlewareSharedProps = InferSharedProps<InertiaMiddleware>
  export interface SharedProps extends MiddlewareSharedProps {}
}
