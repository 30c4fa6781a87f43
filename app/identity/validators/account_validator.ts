import vine, { errors } from '@vinejs/vine'
import type { I18n } from '@adonisjs/i18n'
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

/**
 * A wrong current password is a field error like any other.
 */
export function wrongCurrentPassword(i18n: I18n, fieldName = 'currentPassword') {
  const field = i18n.t(`validator.shared.fields.${fieldName}`)
  return new errors.E_VALIDATION_ERROR([
    {
      field: fieldName,
      rule: 'currentPassword',
      message: i18n.t('validator.shared.messages.currentPassword', { field }),
    },
  ])
}
