import vine from '@vinejs/vine'
import { LOCALES } from '#core/i18n/locales'
import { newPassword } from '#identity/validators/password_policy'

export const signupValidator = vine.create({
  organizationName: vine.string().trim().minLength(2).maxLength(160),
  name: vine.string().trim().minLength(2).maxLength(160),
  email: vine
    .string()
    .trim()
    .toLowerCase()
    .email()
    .maxLength(254)
    .unique({ table: 'users', column: 'email', caseInsensitive: true }),
  password: newPassword(),
  locale: vine.enum(LOCALES).optional(),
  deviceName: vine.string().trim().maxLength(120).optional(),
})

export const changePasswordValidator = vine.create({
  currentPassword: vine.string().minLength(1).maxLength(128),
  password: newPassword(),
})

export const forgotPasswordValidator = vine.create({
  email: vine.string().trim().toLowerCase().email().maxLength(254),
})

export const resetPasswordValidator = vine.create({
  token: vine.string().trim().minLength(20).maxLength(200),
  password: newPassword(),
})

export const verifyEmailValidator = vine.create({
  token: vine.string().trim().minLength(20).maxLength(200),
})
