import type { HttpContext } from '@adonisjs/core/http'
import User from '#identity/models/user'
import { ROLES } from '#identity/roles'
import { leadStats } from '#crm/queries/lead_stats'

export default class DashboardController {
  async show({ inertia, bouncer, auth }: HttpContext) {
    await bouncer.authorize('viewDashboard')
    const rows = await User.query()
      .select('role')
      .count('* as total')
      .where('status', 'active')
      .groupBy('role')
    const teamByRole = Object.fromEntries(ROLES.map((role) => [role, 0]))
    for (const row of rows) teamByRole[row.role] = Number(row.$extras.total)
    return inertia.render('dashboard', { teamByRole, leadsByStatus: await leadStats(auth.user!) })
  }
}
