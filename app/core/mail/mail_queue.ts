import { randomUUID } from 'node:crypto'
import mail from '@adonisjs/mail/services/main'
import { Message } from '@adonisjs/mail'
import type { MailerMessenger, MessageBodyTemplates, NodeMailerMessage } from '@adonisjs/mail/types'
import SendMailJob from '#core/mail/jobs/send_mail_job'
import { DELIVERY_KEY_HEADER, headerOf, organizationIdOf } from '#core/mail/mail_headers'

/**
 * `mail.sendLater()` renders the mail now (in the sender's process, where
 * the templates and translations are) and hands it to the queue; the
 * `SendMailJob` sends it.
 */
function queueThrough(mailerName: string): MailerMessenger {
  return {
    async queue(compiled: { message: NodeMailerMessage; views: MessageBodyTemplates }) {
      await Message.computeContentsFor({ ...compiled, sharedState: mail.config.globals ?? {} })
      const key = headerOf(compiled.message, DELIVERY_KEY_HEADER) ?? randomUUID()
      return SendMailJob.dispatch({
        key,
        mailer: mailerName,
        message: compiled.message,
        organizationId: organizationIdOf(compiled.message),
      }).dedup({ id: key })
    },
  }
}

export function sendMailsThroughQueue() {
  mail.setMessenger((mailer) => queueThrough(mailer.name))
}
