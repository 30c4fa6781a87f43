import { LocalizedMail } from '#core/mail/localized_mail'

export default class VerifyEmailMail extends LocalizedMail {
  declare token: string

  withToken(token: string) {
    this.token = token
    return this
  }

  prepare() {
    this.compose('verify_email', 'mail.verifyEmail.subject', {
      name: this.recipient.name,
      url: this.link(`/verify-email/${this.token}`),
    })
  }
}
