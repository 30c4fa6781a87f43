import type { HttpContext } from '@adonisjs/core/http'
import User from '#identity/models/user'
import UserTransformer from '#identity/transformers/user_transformer'
import { listUsersValidator } from '#identity/validators/users_validator'
import { pageOf } from '#core/http/pagination'

export default class TeamController {
  async index({ inertia, bouncer, request }: HttpContext) {
    await bouncer.authorize('viewTeam')
    const query = await request.validateUsing(listUsersValidator, { data: request.qs() })
    const { page, perPage } = pageOf(query)
    const members = await User.query().orderBy('name').orderBy('id').paginate(page, perPage)
    return inertia.render('team/index', {
      members: UserTransformer.transform(members.all()),
      meta: {
        total: members.total,
        perPage: members.perPage,
        currentPage: members.currentPage,
        lastPage: members.lastPage,
      },
    })
  }
}
