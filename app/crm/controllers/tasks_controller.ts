import type { HttpContext } from '@adonisjs/core/http'
import ResourcePolicy from '#resources/policies/resource_policy'
import { resourceContextOf, setEtag } from '#resources/engine/resource_binding'
import { updateRecord } from '#resources/engine/record_actions'
import { myTasks } from '#crm/queries/my_tasks'

async function groupsFor(ctx: HttpContext) {
  await ctx.bouncer.with(ResourcePolicy).authorize('viewAny', ctx.resource)
  const context = await resourceContextOf(ctx)
  const organization = await ctx.auth.user!.loadOrganization()
  return myTasks(context, ctx.auth.user!.timezone ?? organization.timezone)
}

async function complete(ctx: HttpContext) {
  await ctx.bouncer.with(ResourcePolicy).authorize('update', ctx.resource)
  const context = await resourceContextOf(ctx)
  const task = await updateRecord(context, ctx.params.id, { status: 'done' })
  return { context, task }
}

/**
 * "My tasks" and the one-click completion, for the panel and the API.
 */
export default class TasksController {
  async mine(ctx: HttpContext) {
    return ctx.inertia.render('crm/my_tasks' as any, { groups: await groupsFor(ctx) })
  }

  async mineApi(ctx: HttpContext) {
    return { data: await groupsFor(ctx) }
  }

  async complete(ctx: HttpContext) {
    await complete(ctx)
    ctx.session.flash('success', ctx.i18n.t('crm.tasks.completed'))
    return ctx.response.redirect().back()
  }

  async completeApi(ctx: HttpContext) {
    const { context, task } = await complete(ctx)
    setEtag(ctx, task.version)
    return { data: await context.serializeOne(task) }
  }
}
