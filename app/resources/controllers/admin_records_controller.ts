import type { HttpContext } from '@adonisjs/core/http'
import { errors as vineErrors } from '@vinejs/vine'
import ResourcePolicy from '#resources/policies/resource_policy'
import { listRecords } from '#resources/engine/list_records'
import { validateRecord } from '#resources/engine/record_validator'
import {
  createRecord,
  updateRecord,
  trashRecord,
  restoreRecord,
} from '#resources/engine/record_actions'
import { runBulkAction, bulkValidator } from '#resources/engine/bulk_actions'
import { resourceContextOf } from '#resources/engine/resource_binding'
import { resourceMeta } from '#resources/engine/resource_meta'
import { recordTimeline } from '#resources/engine/record_timeline'
import { relatedTabs } from '#resources/engine/related_tabs'
import { viewsFor, viewQueryString, visibleView } from '#resources/views/saved_views'
import type { ResourceContext } from '#resources/engine/resource_context'

/**
 * The query string parser splits values at commas (`q=Smith, John` arrives
 * as an array): a search is one string.
 */
function commaJoined(value: unknown) {
  if (value === undefined || value === null) return undefined
  return Array.isArray(value) ? value.join(',') : String(value)
}

const LIST_PARAMS = ['filter', 'sort', 'q', 'page', 'perPage', 'columns', 'view', 'trash']

/**
 * The admin panel's generic screens for any resource: list, detail, create
 * and edit forms, trash, bulk actions. A resource may name its own pages.
 */
export default class AdminRecordsController {
  async index(ctx: HttpContext) {
    const { bouncer, request, response, resource, auth } = ctx
    await bouncer.with(ResourcePolicy).authorize('viewAny', resource)
    const trash = request.qs().trash === 'true'
    if (trash) await bouncer.with(ResourcePolicy).authorize('restore', resource)
    const context = await resourceContextOf(ctx)
    const views = await viewsFor(auth.user!, resource.name)
    const qs = request.qs()
    const hasListParams = LIST_PARAMS.some((param) => param in qs)
    if (!hasListParams && views.defaultId) {
      const view = await visibleView(auth.user!, resource.name, views.defaultId)
      return response.redirect().withQs(viewQueryString(view)).toPath(request.url())
    }
    return ctx.inertia.render(this.page(context, 'index'), {
      resource: await resourceMeta(context),
      ...(await this.records(context, qs)),
      query: {
        filter: (qs.filter ?? {}) as Record<string, string | Record<string, string>>,
        sort: String(qs.sort ?? context.resource.defaultSort),
        q: commaJoined(qs.q) ?? '',
        columns: qs.columns ? String(qs.columns).split(',') : null,
        density: String(qs.density ?? 'normal'),
        view: qs.view ? Number(qs.view) : null,
        trash,
      },
      views,
    })
  }

  async show(ctx: HttpContext) {
    await ctx.bouncer.with(ResourcePolicy).authorize('view', ctx.resource)
    const context = await resourceContextOf(ctx)
    const record = await context.find(ctx.params.id)
    const page = Number(ctx.request.qs().timelinePage ?? 1) || 1
    return ctx.inertia.render(this.page(context, 'show'), {
      resource: await resourceMeta(context),
      record: await context.serializeOne(record),
      related: await relatedTabs(context, ctx.bouncer, record.id),
      timeline: await recordTimeline(context, record.id, page),
    })
  }

  async create(ctx: HttpContext) {
    await ctx.bouncer.with(ResourcePolicy).authorize('create', ctx.resource)
    const context = await resourceContextOf(ctx)
    return ctx.inertia.render(this.page(context, 'form'), {
      resource: await resourceMeta(context),
      record: null,
    })
  }

  async edit(ctx: HttpContext) {
    await ctx.bouncer.with(ResourcePolicy).authorize('update', ctx.resource)
    const context = await resourceContextOf(ctx)
    const record = await context.find(ctx.params.id)
    return ctx.inertia.render(this.page(context, 'form'), {
      resource: await resourceMeta(context),
      record: await context.serializeOne(record),
    })
  }

  async store(ctx: HttpContext) {
    await ctx.bouncer.with(ResourcePolicy).authorize('create', ctx.resource)
    const context = await resourceContextOf(ctx)
    const input = await validateRecord(
      ctx.i18n,
      ctx.resource,
      context.fields,
      'create',
      ctx.request.body()
    )
    const record = await createRecord(context, input, {
      force: ctx.request.input('force') === true,
    })
    const singular = ctx.i18n.t(`resources.${ctx.resource.name}.singular`)
    ctx.session.flash('success', ctx.i18n.t('engine.done.created', { resource: singular }))
    return ctx.response.redirect().toPath(`/${ctx.resource.name}/${record.id}`)
  }

  async update(ctx: HttpContext) {
    await ctx.bouncer.with(ResourcePolicy).authorize('update', ctx.resource)
    const context = await resourceContextOf(ctx)
    await context.find(ctx.params.id)
    const body = ctx.request.body()
    const input = await validateRecord(ctx.i18n, ctx.resource, context.fields, 'update', body)
    const version = Number.isInteger(body.version) ? (body.version as number) : undefined
    await updateRecord(context, ctx.params.id, input, version)
    ctx.session.flash('success', ctx.i18n.t('engine.done.updated'))
    return ctx.response.redirect().toPath(`/${ctx.resource.name}/${ctx.params.id}`)
  }

  async destroy(ctx: HttpContext) {
    await ctx.bouncer.with(ResourcePolicy).authorize('delete', ctx.resource)
    const context = await resourceContextOf(ctx)
    await trashRecord(context, await context.find(ctx.params.id))
    ctx.session.flash('success', ctx.i18n.t('engine.done.deleted'))
    return ctx.response.redirect().toPath(`/${ctx.resource.name}`)
  }

  async restore(ctx: HttpContext) {
    await ctx.bouncer.with(ResourcePolicy).authorize('restore', ctx.resource)
    const context = await resourceContextOf(ctx)
    await restoreRecord(context, await context.find(ctx.params.id, { trash: true }))
    ctx.session.flash('success', ctx.i18n.t('engine.done.restored'))
    return ctx.response.redirect().withQs().back()
  }

  async bulk(ctx: HttpContext) {
    const context = await resourceContextOf(ctx)
    const payload = await ctx.request.validateUsing(bulkValidator)
    const result = await runBulkAction(context, ctx.bouncer, payload)
    ctx.session.flash('success', ctx.i18n.t('engine.done.bulk', { count: result.affected }))
    return ctx.response.redirect().withQs().back()
  }

  /**
   * A page of records, or an empty page and the reasons when the query
   * string (a hand-edited URL, a view saved before a field was archived)
   * does not fit the resource.
   */
  protected async records(context: ResourceContext, qs: Record<string, any>) {
    try {
      const { rows, meta } = await listRecords(context, {
        ...qs,
        q: commaJoined(qs.q),
        cursor: undefined,
      })
      return { records: { data: await context.serializeMany(rows), meta }, queryErrors: [] }
    } catch (error) {
      if (!(error instanceof vineErrors.E_VALIDATION_ERROR)) throw error
      const messages = (error.messages as { message: string }[]).map((problem) => problem.message)
      const meta = { total: 0, perPage: 25, currentPage: 1, lastPage: 1 }
      return { records: { data: [], meta }, queryErrors: messages }
    }
  }

  protected page(context: ResourceContext, kind: 'index' | 'show' | 'form') {
    // Page names are only known at run time (a resource may bring its own).
    return (context.resource.pages?.[kind] ?? `resources/${kind}`) as any
  }
}
