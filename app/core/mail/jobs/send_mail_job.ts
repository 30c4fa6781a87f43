import db from '@adonisjs/lucid/services/db'
import mail from '@adonisjs/mail/services/main'
import type { NodeMailerMessage } from '@adonisjs/mail/types'
import { exponentialBackoff } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import { BackgroundJob } from '#core/jobs/background_job'

export type SendMailPayload = {
  /** the same for every attempt: a mail is sent at most once per key */
  key: string
  mailer: string
  message: NodeMailerMessage
  organizationId: number | null
}

/**
 * Sends one rendered mail. Retried with backoff when the mail server is
 * away; a retry after a send that went through sends nothing.
 */
export default class SendMailJob extends BackgroundJob<SendMailPayload> {
  static options: JobOptions = {
    name: 'SendMailJob',
    queue: 'mail',
    maxRetries: 5,
    retry: { backoff: exponentialBackoff({ baseDelay: '10s', maxDelay: '10m' }) },
    timeout: '30s',
    removeOnComplete: { count: 1000 },
  }

  async execute() {
    const { key, mailer, message } = this.payload
    const alreadySent = await db.from('sent_mails').where('key', key).first()
    if (alreadySent) return
    await mail.use(mailer as keyof typeof mail.config.mailers).sendCompiled({ message, views: {} })
    await db.table('sent_mails').insert({ key }).onConflict('key').ignore()
  }
}
