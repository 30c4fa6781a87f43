import db from '@adonisjs/lucid/services/db'
import type { HttpContext } from '@adonisjs/core/http'
import type User from '#identity/models/user'
import RefreshToken from '#identity/models/refresh_token'
import MeTransformer from '#identity/transformers/me_transformer'
import {
  apiLoginValidator,
  refreshValidator,
  twoFactorLoginValidator,
} from '#identity/validators/auth_validator'
import { completeChallenge, issueChallenge } from '#identity/actions/two_factor_challenge'
import { verifySignIn } from '#identity/actions/verify_sign_in'
import { issueTokenPair } from '#identity/actions/issue_token_pair'
import { rotateRefreshToken } from '#identity/actions/rotate_refresh_token'
import { revokeAllCredentials, revokeTokenFamily } from '#identity/actions/revoke_credentials'
import { recordAudit } from '#core/audit/audit'
import identityConfig from '#config/identity'
import { signUp } from '#identity/actions/sign_up'
import { sendEmailVerification } from '#identity/actions/email_verification'
import { InvalidLinkException, SignupDisabledException } from '#identity/errors'
import { acceptInvitation } from '#identity/actions/invitations'
import { acceptInvitationValidator } from '#identity/validators/users_validator'
import { signupValidator } from '#identity/validators/account_validator'
import OrganizationTransformer from '#identity/transformers/organization_transformer'
import { apiSerializer } from '#core/http/api_serializer'

export default class AuthController {
  async login({ request }: HttpContext) {
    const { email, password, deviceName } = await request.validateUsing(apiLoginValidator)
    const user = await verifySignIn(email, password, request.ip())
    if (user.twoFactorEnabled) {
      return { twoFactorRequired: true, challenge: issueChallenge(user, deviceName ?? null) }
    }
    return this.signedIn(user, request, deviceName)
  }

  async twoFactor({ request }: HttpContext) {
    const { challenge, code } = await request.validateUsing(twoFactorLoginValidator)
    const { user, deviceName } = await completeChallenge(challenge, code)
    return this.signedIn(user, request, deviceName ?? undefined)
  }

  /**
   * Creates the invited account and signs it in.
   */
  async acceptInvitation({ request }: HttpContext) {
    const { token, name, password } = await request.validateUsing(acceptInvitationValidator)
    const user = await acceptInvitation(token, { name, password })
    if (!user) throw new InvalidLinkException()
    return this.signedIn(user, request)
  }

  protected async signedIn(user: User, request: HttpContext['request'], deviceName?: string) {
    const tokens = await issueTokenPair(user, this.device(request, deviceName))
    await user.load((loader) => loader.load('organization').load('grants'))
    await recordAudit({ action: 'auth.login', actor: user, entity: { type: 'user', id: user.id } })
    return { ...(await apiSerializer.serialize(MeTransformer.transform(user))), ...tokens }
  }

  /**
   * A new agency and its owner, signed in on the spot.
   */
  async signup({ request, response }: HttpContext) {
    if (!identityConfig.signupEnabled) throw new SignupDisabledException()
    const { deviceName, ...account } = await request.validateUsing(signupValidator)
    const { organization, owner } = await signUp(account)
    await sendEmailVerification(owner)
    const tokens = await issueTokenPair(owner, this.device(request, deviceName))
    await owner.load((loader) => loader.load('organization').load('grants'))
    await recordAudit({
      action: 'organization.created',
      actor: owner,
      entity: { type: 'organization', id: organization.id },
    })
    const body = await apiSerializer.serialize({
      user: MeTransformer.transform(owner),
      organization: OrganizationTransformer.transform(organization),
    })
    return response.created({ ...body, ...tokens })
  }

  async refresh({ request }: HttpContext) {
    const { refreshToken } = await request.validateUsing(refreshValidator)
    return rotateRefreshToken(refreshToken, this.device(request))
  }

  /**
   * Revokes the calling token (app or personal) and the refresh family it
   * came from.
   */
  async logout({ auth, response }: HttpContext) {
    const user = auth.getUserOrFail() as User
    const accessTokenId = Number(user.currentAccessToken!.identifier)
    const issuer = await RefreshToken.findBy('accessTokenId', accessTokenId)
    if (issuer) await revokeTokenFamily(issuer.familyId)
    await db.from('auth_access_tokens').where('id', accessTokenId).delete()
    await recordAudit({ action: 'auth.logout', actor: user })
    return response.noContent()
  }

  async logoutAll({ auth, response }: HttpContext) {
    const user = auth.getUserOrFail() as User
    await revokeAllCredentials(user.id)
    await recordAudit({ action: 'auth.logout_all', actor: user })
    return response.noContent()
  }

  protected device(request: HttpContext['request'], name?: string) {
    return { name: name ?? null, ip: request.ip(), userAgent: request.header('user-agent') ?? null }
  }
}
