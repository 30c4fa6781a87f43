import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import type { JobOptions } from '@adonisjs/queue/types'
import { BackgroundJob } from '#core/jobs/background_job'
import { removeOldExports } from '#resources/export/export_storage'

/**
 * What may go, and why nothing still useful is in it.
 */
const SWEEPS: Record<string, string> = {
  // a bearer token past its expiry can never authenticate again
  expiredAccessTokens: 'delete from auth_access_tokens where expires_at < now()',
  // refresh tokens: expired, or revoked long enough ago that reuse detection no longer needs them
  expiredRefreshTokens: `delete from refresh_tokens
    where expires_at < now() or revoked_at < now() - interval '30 days'`,
  expiredRememberMeTokens: 'delete from remember_me_tokens where expires_at < now()',
  // password reset and e-mail verification links: expired or used a day ago
  spentAccountTokens: `delete from account_tokens
    where expires_at < now() or used_at < now() - interval '1 day'`,
  expiredSessions: 'delete from sessions where expires_at < now()',
  // Idempotency-Key replies are kept 24 hours (see the idempotency middleware)
  staleIdempotencyKeys: `delete from idempotency_keys where created_at < now() - interval '25 hours'`,
  staleRateLimits: `delete from rate_limits where expire < extract(epoch from now()) * 1000`,
  // the once-only markers of mails and reminders outlive any retry by far
  oldSentMailMarkers: `delete from sent_mails where sent_at < now() - interval '30 days'`,
}

/**
 * Daily: removes expired and revoked credentials, dead sessions and other
 * bookkeeping that has served its purpose, and logs how much went.
 */
export default class HousekeepingJob extends BackgroundJob<Record<string, never>> {
  static options: JobOptions = {
    name: 'HousekeepingJob',
    queue: 'default',
    maxRetries: 2,
    timeout: '10m',
  }

  async execute() {
    const removed: Record<string, number> = {}
    for (const [sweep, sql] of Object.entries(SWEEPS)) {
      const result = await db.rawQuery<{ rowCount: number }>(sql)
      removed[sweep] = result.rowCount
    }
    // background exports older than 7 days: their files on the drive, then the rows
    removed.oldExports = await removeOldExports()
    logger.info({ removed }, 'housekeeping done')
  }
}
