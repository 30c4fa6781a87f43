import type { HttpContext } from '@adonisjs/core/http'
import User from '#identity/models/user'
import UserPolicy from '#identity/policies/user_policy'
import { inviteUser } from '#identity/actions/invitations'
import { updateUser } from '#identity/actions/update_user'
import { deleteUser } from '#identity/actions/delete_user'
import { setUserPermissions } from '#identity/actions/set_user_permissions'
import {
  inviteUserValidator,
  setPermissionsValidator,
  updateUserValidator,
} from '#identity/validators/users_validator'

/**
 * The team page's actions; the same rules and actions as the API.
 */
export default class TeamMembersController {
  async invite({ auth, request, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(UserPolicy).authorize('create')
    const { email, role } = await request.validateUsing(inviteUserValidator)
    await bouncer.with(UserPolicy).authorize('assignRole', role)
    await inviteUser(auth.user as User, email, role, i18n)
    session.flash('success', i18n.t('messages.team.invited', { email }))
    return response.redirect().back()
  }

  async update({ params, request, response, bouncer, session, i18n }: HttpContext) {
    const target = await User.findOrFail(params.id)
    await bouncer.with(UserPolicy).authorize('update', target)
    const changes = await request.validateUsing(updateUserValidator)
    if (changes.role) await bouncer.with(UserPolicy).authorize('assignRole', changes.role)
    await updateUser(target, changes)
    session.flash('success', i18n.t('messages.team.updated', { name: target.name }))
    return response.redirect().back()
  }

  async destroy({ params, response, bouncer, session, i18n }: HttpContext) {
    const target = await User.findOrFail(params.id)
    await bouncer.with(UserPolicy).authorize('delete', target)
    await deleteUser(target)
    session.flash('success', i18n.t('messages.team.deleted', { name: target.name }))
    return response.redirect().back()
  }

  async permissions({ params, request, response, bouncer, auth, session, i18n }: HttpContext) {
    const target = await User.query().where('id', params.id).preload('grants').firstOrFail()
    const { permissions } = await request.validateUsing(setPermissionsValidator)
    await bouncer.with(UserPolicy).authorize('grant', target, permissions)
    await setUserPermissions(target, permissions, auth.user as User)
    session.flash('success', i18n.t('messages.team.updated', { name: target.name }))
    return response.redirect().back()
  }
}
