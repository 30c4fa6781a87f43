import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'
import User from '#identity/models/user'
import PersonalTokenTransformer from '#identity/transformers/personal_token_transformer'
import { updateMeValidator } from '#identity/validators/me_validator'
import { changePasswordValidator } from '#identity/validators/account_validator'
import { createTokenValidator } from '#identity/validators/token_validator'
import { changePassword, updateProfile } from '#identity/actions/profile'
import { createPersonalToken, revokePersonalToken } from '#identity/actions/personal_tokens'
import { listDevices, revokeDevice } from '#identity/actions/devices'
import { TOKEN_ABILITIES } from '#identity/permissions'

/**
 * The signed-in user's own page: details, password, two-factor, devices
 * and personal access tokens.
 */
export default class ProfileController {
  async show({ inertia, auth, session }: HttpContext) {
    const user = auth.user as User
    return inertia.render('profile/show', {
      twoFactorEnabled: user.twoFactorEnabled,
      twoFactorSetup: (session.flashMessages.get('twoFactorSetup') ?? null) as {
        secret: string
        qrSvg: string
      } | null,
      recoveryCodes: (session.flashMessages.get('recoveryCodes') ?? null) as string[] | null,
      newToken: (session.flashMessages.get('newToken') ?? null) as string | null,
      tokens: PersonalTokenTransformer.transform(await User.personalTokens.all(user)),
      devices: await listDevices(user.id, { sessionId: session.sessionId }),
      abilities: [...TOKEN_ABILITIES],
    })
  }

  async update({ auth, request, session, response, i18n }: HttpContext) {
    await updateProfile(auth.user as User, await request.validateUsing(updateMeValidator))
    session.flash('success', i18n.t('messages.profile.saved'))
    return response.redirect().toRoute('admin.profile.show')
  }

  async password({ auth, request, session, response, i18n }: HttpContext) {
    const passwords = await request.validateUsing(changePasswordValidator)
    await changePassword(auth.user as User, passwords, { sessionId: session.sessionId }, i18n)
    session.flash('success', i18n.t('messages.profile.passwordChanged'))
    return response.redirect().toRoute('admin.profile.show')
  }

  async createToken({ auth, request, session, response }: HttpContext) {
    const token = await createPersonalToken(
      auth.user as User,
      await request.validateUsing(createTokenValidator)
    )
    session.flash('newToken', token.value!.release())
    return response.redirect().toRoute('admin.profile.show')
  }

  async revokeToken({ auth, params, response }: HttpContext) {
    if (!(await revokePersonalToken(auth.user as User, Number(params.id)))) {
      throw new Exception('Token not found', { status: 404, code: 'E_ROW_NOT_FOUND' })
    }
    return response.redirect().toRoute('admin.profile.show')
  }

  async revokeDevice({ auth, params, response }: HttpContext) {
    if (!(await revokeDevice((auth.user as User).id, String(params.deviceId)))) {
      throw new Exception('Session not found', { status: 404, code: 'E_ROW_NOT_FOUND' })
    }
    return response.redirect().toRoute('admin.profile.show')
  }
}
