import type { HttpContext } from '@adonisjs/core/http'
import { AuthorizationResponse, errors as bouncerErrors } from '@adonisjs/bouncer'
import ResourcePolicy from '#resources/policies/resource_policy'
import { savedViewValidator } from '#resources/validators/saved_view_validator'
import {
  editableView,
  saveView,
  setDefaultView,
  viewQueryString,
  visibleView,
} from '#resources/views/saved_views'
import { recordAudit } from '#core/audit/audit'

function notYours() {
  return new bouncerErrors.E_AUTHORIZATION_FAILURE(AuthorizationResponse.deny())
}

/**
 * Saved list views: create, rename/overwrite, delete, and pick one as the
 * default a user's list opens with.
 */
export default class SavedViewsController {
  async store(ctx: HttpContext) {
    await ctx.bouncer.with(ResourcePolicy).authorize('viewAny', ctx.resource)
    const input = await ctx.request.validateUsing(savedViewValidator)
    const view = await saveView(ctx.auth.user!, ctx.resource.name, input)
    if (input.makeDefault) await setDefaultView(ctx.auth.user!, ctx.resource.name, view.id)
    ctx.session.flash('success', ctx.i18n.t('engine.views.saved'))
    return ctx.response.redirect().withQs(viewQueryString(view)).toPath(`/${ctx.resource.name}`)
  }

  async update(ctx: HttpContext) {
    await ctx.bouncer.with(ResourcePolicy).authorize('viewAny', ctx.resource)
    const view = await editableView(ctx.auth.user!, ctx.resource.name, ctx.params.viewId)
    if (!view) throw notYours()
    const input = await ctx.request.validateUsing(savedViewValidator)
    await saveView(ctx.auth.user!, ctx.resource.name, input, view)
    ctx.session.flash('success', ctx.i18n.t('engine.views.saved'))
    return ctx.response.redirect().withQs().back()
  }

  async destroy(ctx: HttpContext) {
    const view = await editableView(ctx.auth.user!, ctx.resource.name, ctx.params.viewId)
    if (!view) throw notYours()
    await view.delete()
    await recordAudit({
      action: 'saved_views.deleted',
      entity: { type: 'saved_view', id: view.id },
    })
    ctx.session.flash('success', ctx.i18n.t('engine.views.deleted'))
    return ctx.response.redirect().toPath(`/${ctx.resource.name}`)
  }

  /**
   * `viewId` 0 clears the default.
   */
  async setDefault(ctx: HttpContext) {
    const id = Number(ctx.params.viewId)
    if (id !== 0) await visibleView(ctx.auth.user!, ctx.resource.name, id)
    await setDefaultView(ctx.auth.user!, ctx.resource.name, id === 0 ? null : id)
    ctx.session.flash('success', ctx.i18n.t('engine.views.default'))
    return ctx.response.redirect().withQs().back()
  }
}
