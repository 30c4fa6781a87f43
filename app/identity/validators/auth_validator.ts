import vine from '@vinejs/vine'

const email = () => vine.string().trim().toLowerCase().email().maxLength(254)
const password = () => vine.string().minLength(1).maxLength(128)
/** A 6-digit TOTP code or a recovery code. */
const code = () => vine.string().trim().minLength(6).maxLength(20)

export const loginValidator = vine.create({
  email: email(),
  password: password(),
  remember: vine.boolean().optional(),
})

export const apiLoginValidator = vine.create({
  email: email(),
  password: password(),
  deviceName: vine.string().trim().maxLength(120).optional(),
})

export const refreshValidator = vine.create({
  refreshToken: vine.string().trim().minLength(10).maxLength(200),
})

export const twoFactorLoginValidator = vine.create({
  challenge: vine.string().minLength(10).maxLength(2000),
  code: code(),
})

export const twoFactorCodeValidator = vine.create({ code: code() })

export const twoFactorDisableValidator = vine.create({ password: password(), code: code() })

export const passwordConfirmationValidator = vine.create({ password: password() })
