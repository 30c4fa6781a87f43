import { DateTime } from 'luxon'
import { LocalizedMail } from '#core/mail/localized_mail'
import type { DigestContents } from '#notifications/queries/daily_digest'

/**
 * The morning summary a user can ask for: today's tasks, what is overdue,
 * new leads, unread notifications. Task titles are escaped by the template.
 */
export default class DailyDigestMail extends LocalizedMail {
  declare contents: DigestContents
  declare timezone: string

  with(contents: DigestContents, timezone: string) {
    this.contents = contents
    this.timezone = timezone
    return this
  }

  prepare() {
    const { dueToday, overdue, newLeads, unread } = this.contents
    this.compose('daily_digest', 'mail.digest.subject', {
      name: this.recipient.name,
      tasks: dueToday.map((task) => ({
        title: task.title,
        time: DateTime.fromJSDate(task.due_at)
          .setZone(this.timezone)
          .setLocale(this.locale)
          .toLocaleString(DateTime.TIME_SIMPLE),
        url: this.link(`/tasks/${task.id}`),
      })),
      overdue,
      newLeads,
      unread,
      tasksUrl: this.link('/tasks/mine'),
    })
  }
}
