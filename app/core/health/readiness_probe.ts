import { HealthChecks } from '@adonisjs/core/health'
import { DbCheck } from '@adonisjs/lucid/database'
import db from '@adonisjs/lucid/services/db'

/**
 * What must answer before the app can take traffic. Bound in the container so
 * a test can point it at an unreachable database.
 */
export default class ReadinessProbe {
  constructor(protected checks = new HealthChecks().register([new DbCheck(db.connection())])) {}

  async isReady() {
    try {
      const report = await this.checks.run()
      return report.isHealthy
    } catch {
      return false
    }
  }
}
