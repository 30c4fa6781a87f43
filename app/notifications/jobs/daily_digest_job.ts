import mail from '@adonisjs/mail/services/main'
import type { JobOptions } from '@adonisjs/queue/types'
import { BackgroundJob } from '#core/jobs/background_job'
import { DELIVERY_KEY_HEADER } from '#core/mail/mail_headers'
import Organization from '#identity/models/organization'
import DailyDigestMail from '#notifications/mails/daily_digest_mail'
import { claimDueDigests, digestFor } from '#notifications/queries/daily_digest'
import type { Locale } from '#core/i18n/locales'

/**
 * Hourly: sends the day's digest to each user who asked for it, once their
 * local morning has come (once a day each, however often this runs).
 */
export default class DailyDigestJob extends BackgroundJob<Record<string, never>> {
  static options: JobOptions = {
    name: 'DailyDigestJob',
    queue: 'default',
    maxRetries: 2,
    timeout: '10m',
  }

  async execute() {
    const recipients = await claimDueDigests()
    if (recipients.length === 0) return
    const organizations = await Organization.query().whereIn(
      'id',
      recipients.map((recipient) => recipient.organization_id)
    )
    for (const recipient of recipients) {
      const organization = organizations.find((org) => org.id === recipient.organization_id)!
      const digest = new DailyDigestMail(
        recipient,
        (recipient.locale ?? organization.defaultLocale) as Locale,
        organization
      ).with(await digestFor(recipient), recipient.timezone)
      digest.message.header(DELIVERY_KEY_HEADER, `digest:${recipient.id}:${recipient.day}`)
      await mail.sendLater(digest)
    }
  }
}
