import vine from '@vinejs/vine'

export const apiLoginValidator = vine.create({
  email: vine.string().trim().toLowerCase().email().maxLength(254),
  password: vine.string().minLength(1).maxLength(128),
  deviceName: vine.string().trim().maxLength(120).optional(),
})

export const refreshValidator = vine.create({
  refreshToken: vine.string().trim().minLength(10).maxLength(200),
})

export const twoFactorLoginValidator = vine.create({
  challenge: vine.string().minLength(10).maxLength(2000),
  code: vine.string().trim().minLength(6).maxLength(20),
})

export const twoFactorCodeValidator = vine.create({
  code: vine.string().trim().minLength(6).maxLength(20),
})

export const twoFactorDisableValidator = vine.create({
  password: vine.string().minLength(1).maxLength(128),
  code: vine.string().trim().minLength(6).maxLength(20),
})

export const passwordConfirmationValidator = vine.create({
  password: vine.string().minLength(1).maxLength(128),
})
