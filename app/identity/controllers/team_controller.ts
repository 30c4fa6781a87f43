import type { HttpContext } from '@adonisjs/core/http'
import User from '#identity/models/user'
import UserPolicy from '#identity/policies/user_policy'
import UserTransformer from '#identity/transformers/user_transformer'
import { hasPermission, PERMISSIONS, type Permission } from '#identity/permissions'
import { ROLES } from '#identity/roles'
import { listUsersValidator } from '#identity/validators/users_validator'
import { pageOf, pageMeta } from '#core/http/pagination'

/**
 * The team page: everyone in the agency, with the actions the viewer's role
 * allows (managers read; admins and owners manage).
 */
export default class TeamController {
  async index({ inertia, bouncer, request, auth }: HttpContext) {
    await bouncer.authorize('viewTeam')
    const query = await request.validateUsing(listUsersValidator, { data: request.qs() })
    const { page, perPage } = pageOf(query)
    const members = await User.query()
      .preload('grants')
      .orderBy('name')
      .orderBy('id')
      .paginate(page, perPage)
    const policy = bouncer.with(UserPolicy)
    const actor = auth.user as User

    return inertia.render('team/index', {
      members: UserTransformer.transform(members.all()),
      grants: Object.fromEntries(
        members
          .all()
          .map((member) => [
            member.id,
            member.grants.map((grant) => grant.permission as Permission),
          ])
      ),
      meta: pageMeta(members),
      can: {
        invite: await policy.allows('create'),
        manage: await policy.allows('update', actor),
      },
      assignableRoles: ROLES.filter((role) => ROLES.indexOf(role) >= ROLES.indexOf(actor.role)),
      grantablePermissions: await grantableBy(actor),
    })
  }
}

async function grantableBy(actor: User) {
  const grantable: Permission[] = []
  for (const permission of PERMISSIONS) {
    if (await hasPermission(actor, permission)) grantable.push(permission)
  }
  return grantable
}
