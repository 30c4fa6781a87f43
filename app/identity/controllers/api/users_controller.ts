import type { HttpContext } from '@adonisjs/core/http'
import User from '#identity/models/user'
import UserPolicy from '#identity/policies/user_policy'
import UserTransformer from '#identity/transformers/user_transformer'
import { listUsersValidator, updateUserValidator } from '#identity/validators/users_validator'
import { updateUser } from '#identity/actions/update_user'
import { deleteUser } from '#identity/actions/delete_user'
import { apiSerializer, serializePage } from '#core/http/api_serializer'
import { pageOf } from '#core/http/pagination'
import { usersListQuery } from '#identity/queries/users_list_query'

/**
 * Organization administration: the agency's users. Users of another agency
 * are simply not found (404), like anything else of theirs.
 */
export default class UsersController {
  /**
   * `?sort=`, `?filter[...]=` and `?q=` as the API contract describes them.
   */
  async index({ request, bouncer, i18n }: HttpContext) {
    await bouncer.with(UserPolicy).authorize('viewAny')
    const { page, perPage } = pageOf(
      await request.validateUsing(listUsersValidator, { data: request.qs() })
    )
    const users = await usersListQuery
      .apply(User.query(), request.qs(), i18n)
      .paginate(page, perPage)
    return serializePage(UserTransformer.paginate(users.all(), users.getMeta()))
  }

  async show({ params, bouncer }: HttpContext) {
    await bouncer.with(UserPolicy).authorize('view')
    const user = await User.findOrFail(params.id)
    return apiSerializer.serialize(UserTransformer.transform(user))
  }

  async update({ params, request, bouncer }: HttpContext) {
    const target = await User.findOrFail(params.id)
    await bouncer.with(UserPolicy).authorize('update', target)
    const changes = await request.validateUsing(updateUserValidator)
    if (changes.role) await bouncer.with(UserPolicy).authorize('assignRole', changes.role)
    await updateUser(target, changes)
    return apiSerializer.serialize(UserTransformer.transform(target))
  }

  async destroy({ params, bouncer, response }: HttpContext) {
    const target = await User.findOrFail(params.id)
    await bouncer.with(UserPolicy).authorize('delete', target)
    await deleteUser(target)
    return response.noContent()
  }
}
