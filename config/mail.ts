import env from '#start/env'
import { defineConfig, transports } from '@adonisjs/mail'
import { OutboxTransport } from '#core/mail/outbox_transport'

/**
 * SMTP when SMTP_HOST is set; otherwise mails are kept in the database
 * outbox, readable without any mail server.
 */
const mailConfig = defineConfig({
  default: env.get('SMTP_HOST') ? 'smtp' : 'outbox',
  from: {
    address: env.get('MAIL_FROM_ADDRESS', 'no-reply@nova-crm.test'),
    name: env.get('MAIL_FROM_NAME', 'Nova CRM'),
  },
  mailers: {
    smtp: transports.smtp({
      host: env.get('SMTP_HOST', '127.0.0.1'),
      port: env.get('SMTP_PORT', 587),
      auth: env.get('SMTP_USERNAME')
        ? { type: 'login', user: env.get('SMTP_USERNAME')!, pass: env.get('SMTP_PASSWORD', '') }
        : undefined,
    }),
    outbox: () => new OutboxTransport(),
  },
})

export default mailConfig

declare module '@adonisjs/mail/types' {
  export interface MailersList extends InferMailers<typeof mailConfig> {}
}
