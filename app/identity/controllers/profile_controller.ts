import type { HttpContext } from '@adonisjs/core/http'
import type User from '#identity/models/user'

export default class ProfileController {
  show({ inertia, auth, session }: HttpContext) {
    const user = auth.user as User
    return inertia.render('profile/show', {
      twoFactorEnabled: user.twoFactorEnabled,
      twoFactorSetup: (session.flashMessages.get('twoFactorSetup') ?? null) as {
        secret: string
        qrSvg: string
      } | null,
      recoveryCodes: (session.flashMessages.get('recoveryCodes') ?? null) as string[] | null,
    })
  }
}
