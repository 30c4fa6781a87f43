import { BaseMail } from '@adonisjs/mail'
import i18nManager from '@adonisjs/i18n/services/main'
import { appUrl } from '#config/app'
import { directionOf, type Locale } from '#core/i18n/locales'
import { ORGANIZATION_HEADER } from '#core/mail/mail_headers'

/** the agency a mail comes from: its name and logo head the layout */
export type MailOrganization = { id: number; name: string; logoUrl?: string | null }

/**
 * A mail in the recipient's language, on the shared layout. Links are built
 * from APP_URL only, never from the request that triggered the mail.
 */
export abstract class LocalizedMail extends BaseMail {
  constructor(
    protected recipient: { email: string; name?: string | null },
    protected locale: Locale,
    protected organization: MailOrganization | null = null
  ) {
    super()
  }

  protected get i18n() {
    return i18nManager.locale(this.locale)
  }

  protected get organizationName() {
    return this.organization?.name ?? null
  }

  protected link(path: string) {
    return new URL(path, appUrl).toString()
  }

  /**
   * Renders `emails/<template>` with the subject and shared layout data.
   */
  protected compose(template: string, subjectKey: string, data: Record<string, unknown>) {
    this.subject = this.i18n.t(subjectKey, data as Record<string, string>)
    if (this.organization) this.message.header(ORGANIZATION_HEADER, String(this.organization.id))
    this.message
      .to(this.recipient.email, this.recipient.name ?? undefined)
      .subject(this.subject)
      .htmlView(`emails/${template}`, {
        ...data,
        t: (key: string, values?: Record<string, unknown>) =>
          this.i18n.t(key, values as Record<string, string>),
        locale: this.locale,
        dir: directionOf(this.locale),
        subject: this.subject,
        organizationName: this.organizationName,
        organizationLogo: this.organization?.logoUrl ?? null,
      })
  }
}
