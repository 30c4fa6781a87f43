import vine from '@vinejs/vine'
import { ROLES, USER_STATUSES } from '#identity/roles'
import { PERMISSIONS } from '#identity/permissions'
import { paginationSchema } from '#core/http/pagination'
import { newPassword } from '#identity/validators/password_policy'

export const listUsersValidator = vine.create({ ...paginationSchema })

export const updateUserValidator = vine.create({
  name: vine.string().trim().minLength(2).maxLength(160).optional(),
  role: vine.enum(ROLES).optional(),
  status: vine.enum(USER_STATUSES).optional(),
})

export const setPermissionsValidator = vine.create({
  permissions: vine.array(vine.enum(PERMISSIONS)).distinct().maxLength(PERMISSIONS.length),
})

/**
 * Whether the e-mail is already a member's is checked by `inviteUser`,
 * within the agency: whether it has an account elsewhere is not told.
 */
export const inviteUserValidator = vine.create({
  email: vine.string().trim().toLowerCase().email().maxLength(254),
  role: vine.enum(ROLES),
})

export const acceptInvitationValidator = vine.create({
  token: vine.string().trim().minLength(20).maxLength(200),
  name: vine.string().trim().minLength(2).maxLength(160),
  password: newPassword(),
})
