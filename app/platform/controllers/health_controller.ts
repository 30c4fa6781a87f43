import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import ReadinessProbe from '#core/health/readiness_probe'

export default class HealthController {
  live() {
    return { status: 'ok' }
  }

  /**
   * 503 with no details when a dependency is down: internals stay private.
   */
  @inject()
  async ready({ response }: HttpContext, probe: ReadinessProbe) {
    if (await probe.isReady()) return { status: 'ok' }
    return response.serviceUnavailable({ status: 'unavailable' })
  }
}
