import vine from '@vinejs/vine'

export const apiLoginValidator = vine.create({
  email: vine.string().trim().toLowerCase().email().maxLength(254),
  password: vine.string().minLength(1).maxLength(128),
  deviceName: vine.string().trim().maxLength(120).optional(),
})

export const refreshValidator = vine.create({
  refreshToken: vine.string().trim().minLength(10).maxLength(200),
})
