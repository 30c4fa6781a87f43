import type { HttpContext } from '@adonisjs/core/http'
import User from '#identity/models/user'
import UserTransformer from '#identity/transformers/user_transformer'
import { listTeamValidator } from '#identity/validators/team_validator'

export default class TeamController {
  async index({ inertia, bouncer, request }: HttpContext) {
    await bouncer.authorize('viewTeam')
    const { page, perPage } = await request.validateUsing(listTeamValidator, { data: request.qs() })
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
