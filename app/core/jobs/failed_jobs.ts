import db from '@adonisjs/lucid/services/db'
import { Locator } from '@adonisjs/queue'
import type { BackgroundJob } from '#core/jobs/background_job'

type Failure = {
  queue: string
  job: string
  payload: object
  error: Error
  attempts: number
}

function organizationOf(payload: object) {
  const id = (payload as { organizationId?: unknown }).organizationId
  return typeof id === 'number' ? id : null
}

export async function recordFailedJob(failure: Failure) {
  await db.table('failed_jobs').insert({
    organization_id: organizationOf(failure.payload),
    queue: failure.queue,
    job: failure.job,
    payload: JSON.stringify(failure.payload),
    error: failure.error.message.slice(0, 4000) || failure.error.name,
    attempts: failure.attempts,
  })
}

/**
 * An organization's failed jobs, newest first.
 */
export function failedJobsOf(organizationId: number) {
  return db
    .from('failed_jobs')
    .where('organization_id', organizationId)
    .orderBy('failed_at', 'desc')
    .orderBy('id', 'desc')
}

export type FailedJob = {
  id: number
  queue: string
  job: string
  payload: Record<string, any>
  error: string
  attempts: number
  failed_at: Date
}

/**
 * One of the organization's failed jobs (undefined for anyone else's).
 */
export function findFailedJob(organizationId: number, id: number): Promise<FailedJob | undefined> {
  return db.from('failed_jobs').where({ organization_id: organizationId, id }).first()
}

/**
 * Queues the job again with the same payload (a fresh set of attempts) and
 * forgets the failure. False when the job no longer exists in this version.
 */
export async function retryFailedJob(failure: FailedJob) {
  const JobClass = Locator.get(failure.job) as typeof BackgroundJob | undefined
  if (!JobClass) return false
  await JobClass.dispatch(failure.payload)
  await discardFailedJob(failure)
  return true
}

export async function discardFailedJob(failure: FailedJob) {
  await db.from('failed_jobs').where('id', failure.id).delete()
}

/**
 * What an admin may read of a failed job's payload. A mail's body can hold
 * a password-reset or invitation link: only its recipients and subject show.
 */
export function visiblePayload(job: string, payload: Record<string, any>) {
  if (job !== 'SendMailJob') return payload
  const message = payload.message ?? {}
  return { to: message.to, subject: message.subject }
}
