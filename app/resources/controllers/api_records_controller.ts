import type { HttpContext } from '@adonisjs/core/http'
import ResourcePolicy from '#resources/policies/resource_policy'
import { listSerializedRecords } from '#resources/engine/list_records'
import { findSerializedRecord } from '#resources/engine/plain_serializer'
import { validateRecord } from '#resources/engine/record_validator'
import {
  createRecord,
  updateRecord,
  trashRecord,
  restoreRecord,
} from '#resources/engine/record_actions'
import { runBulkAction, bulkValidator } from '#resources/engine/bulk_actions'
import { resourceContextOf, expectedVersion, setEtag } from '#resources/engine/resource_binding'

/**
 * The JSON API every resource gets: list, show, create, update (with
 * `If-Match`), soft delete, restore and bulk, as `API.md` describes.
 */
export default class ApiRecordsController {
  async index(ctx: HttpContext) {
    const policy = ctx.bouncer.with(ResourcePolicy)
    await policy.authorize('viewAny', ctx.resource)
    if (ctx.request.qs().trash === 'true') await policy.authorize('restore', ctx.resource)
    const context = await resourceContextOf(ctx)
    return listSerializedRecords(context, ctx.request.qs())
  }

  async show(ctx: HttpContext) {
    await ctx.bouncer.with(ResourcePolicy).authorize('view', ctx.resource)
    const context = await resourceContextOf(ctx)
    const record = await findSerializedRecord(context, ctx.params.id)
    setEtag(ctx, record.version)
    return { data: record }
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
    const force = [true, 'true'].includes(ctx.request.input('force'))
    const record = await createRecord(context, input, { force })
    setEtag(ctx, record.version)
    ctx.response.status(201)
    return { data: await context.serializeOne(record) }
  }

  async update(ctx: HttpContext) {
    await ctx.bouncer.with(ResourcePolicy).authorize('update', ctx.resource)
    const context = await resourceContextOf(ctx)
    await context.find(ctx.params.id)
    const input = await validateRecord(
      ctx.i18n,
      ctx.resource,
      context.fields,
      'update',
      ctx.request.body()
    )
    const record = await updateRecord(context, ctx.params.id, input, expectedVersion(ctx))
    setEtag(ctx, record.version)
    return { data: await context.serializeOne(record) }
  }

  async destroy(ctx: HttpContext) {
    await ctx.bouncer.with(ResourcePolicy).authorize('delete', ctx.resource)
    const context = await resourceContextOf(ctx)
    const record = await context.find(ctx.params.id)
    await trashRecord(context, record, expectedVersion(ctx))
    return ctx.response.noContent()
  }

  async restore(ctx: HttpContext) {
    await ctx.bouncer.with(ResourcePolicy).authorize('restore', ctx.resource)
    const context = await resourceContextOf(ctx)
    const record = await context.find(ctx.params.id, { trash: true })
    await restoreRecord(context, record)
    setEtag(ctx, record.version)
    return { data: await context.serializeOne(record) }
  }

  async bulk(ctx: HttpContext) {
    const context = await resourceContextOf(ctx)
    const payload = await ctx.request.validateUsing(bulkValidator)
    return { data: await runBulkAction(context, ctx.bouncer, payload) }
  }
}
