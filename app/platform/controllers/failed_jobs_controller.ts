import type { HttpContext } from '@adonisjs/core/http'
import { Exception } from '@adonisjs/core/exceptions'
import type { I18n } from '@adonisjs/i18n'
import { recordAudit } from '#core/audit/audit'
import { pageOf, pageMeta } from '#core/http/pagination'
import { settingsListValidator } from '#platform/validators/settings_list_validator'
import {
  discardFailedJob,
  failedJobsOf,
  findFailedJob,
  retryFailedJob,
  visiblePayload,
  type FailedJob,
} from '#core/jobs/failed_jobs'

/**
 * The job's name for people, in their language (an unknown job keeps its
 * class name).
 */
function labelOf(i18n: I18n, job: string) {
  const key = `jobs.names.${job}`
  return i18n.hasMessage(key) || i18n.hasFallbackMessage(key) ? i18n.t(key) : job
}

/**
 * One of the organization's failures, or a 404 (another organization's id
 * reveals nothing).
 */
async function failureOf(ctx: HttpContext) {
  const failure = await findFailedJob(ctx.auth.user!.organizationId, Number(ctx.params.id))
  if (!failure)
    throw new Exception('Failed job not found', { status: 404, code: 'E_ROW_NOT_FOUND' })
  return failure
}

function audited(failure: FailedJob) {
  return {
    entity: { type: 'failed_job', id: failure.id },
    changes: { before: { job: failure.job, queue: failure.queue, attempts: failure.attempts } },
  }
}

/**
 * Settings → Background jobs: the organization's jobs that failed for
 * good, to retry (queued again with the same payload) or discard.
 */
export default class FailedJobsController {
  async index({ inertia, auth, bouncer, i18n, request }: HttpContext) {
    await bouncer.authorize('manageOrganization')
    const { page, perPage } = pageOf(
      await request.validateUsing(settingsListValidator, { data: request.qs() })
    )
    const failures = await failedJobsOf(auth.user!.organizationId).paginate(page, perPage)
    return inertia.render('settings/jobs', {
      failedJobs: (failures.all() as FailedJob[]).map((failure) => ({
        id: failure.id,
        job: failure.job,
        label: labelOf(i18n, failure.job),
        queue: failure.queue,
        error: failure.error,
        attempts: failure.attempts,
        failedAt: failure.failed_at.toISOString(),
        payload: JSON.stringify(visiblePayload(failure.job, failure.payload), null, 2),
      })),
      meta: pageMeta(failures),
    })
  }

  async retry(ctx: HttpContext) {
    await ctx.bouncer.authorize('manageOrganization')
    const failure = await failureOf(ctx)
    const job = labelOf(ctx.i18n, failure.job)
    if (!(await retryFailedJob(failure))) {
      ctx.session.flash('error', ctx.i18n.t('jobs.flash.notRetryable', { job }))
      return ctx.response.redirect().back()
    }
    await recordAudit({ action: 'job.retried', ...audited(failure) })
    ctx.session.flash('success', ctx.i18n.t('jobs.flash.retried', { job }))
    return ctx.response.redirect().back()
  }

  async destroy(ctx: HttpContext) {
    await ctx.bouncer.authorize('manageOrganization')
    const failure = await failureOf(ctx)
    await discardFailedJob(failure)
    await recordAudit({ action: 'job.discarded', ...audited(failure) })
    ctx.session.flash(
      'success',
      ctx.i18n.t('jobs.flash.discarded', { job: labelOf(ctx.i18n, failure.job) })
    )
    return ctx.response.redirect().back()
  }
}
