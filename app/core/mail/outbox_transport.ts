import { randomUUID } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import { MailResponse } from '@adonisjs/mail'
import type { MailTransportContract, NodeMailerMessage } from '@adonisjs/mail/types'
import { organizationIdOf } from '#core/mail/mail_headers'

type Recipient = NonNullable<NodeMailerMessage['to']>[number]

function addressOf(recipient: Recipient) {
  return typeof recipient === 'string' ? recipient : recipient.address
}

/**
 * The default transport when no SMTP server is configured: every mail is
 * kept in the `mail_outbox` table, where the organization's admins read it
 * (Settings → Outbox).
 */
export class OutboxTransport implements MailTransportContract {
  async send(message: NodeMailerMessage) {
    const to = (message.to ?? []).map(addressOf)
    await db.table('mail_outbox').insert({
      organization_id: organizationIdOf(message),
      to: to.join(', '),
      subject: String(message.subject ?? ''),
      html: message.html ? String(message.html) : null,
      text: message.text ? String(message.text) : null,
    })
    const from = message.from ? addressOf(message.from) : ''
    return new MailResponse(randomUUID(), { from, to }, undefined)
  }
}
