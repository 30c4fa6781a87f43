import type { HttpContext } from '@adonisjs/core/http'
import { leadStats } from '#crm/queries/lead_stats'

/**
 * The dashboard's figures for the API (the mobile app's home screen).
 */
export default class DashboardStatsController {
  async handle({ auth, bouncer }: HttpContext) {
    await bouncer.authorize('viewDashboard')
    return { data: { leadsByStatus: await leadStats(auth.user!) } }
  }
}
