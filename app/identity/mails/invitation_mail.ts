import { LocalizedMail } from '#core/mail/localized_mail'

export default class InvitationMail extends LocalizedMail {
  declare token: string
  declare inviterName: string

  withInvitation(token: string, inviterName: string) {
    this.token = token
    this.inviterName = inviterName
    return this
  }

  prepare() {
    this.compose('invitation', 'mail.invitation.subject', {
      organization: this.organizationName,
      inviter: this.inviterName,
      url: this.link(`/invitations/${this.token}`),
    })
  }
}
