import { LocalizedMail } from '#core/mail/localized_mail'

export default class ResetPasswordMail extends LocalizedMail {
  declare token: string

  withToken(token: string) {
    this.token = token
    return this
  }

  prepare() {
    this.compose('reset_password', 'mail.resetPassword.subject', {
      name: this.recipient.name,
      url: this.link(`/reset-password/${this.token}`),
    })
  }
}
