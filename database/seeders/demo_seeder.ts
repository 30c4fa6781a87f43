import { BaseSeeder } from '@adonisjs/lucid/seeders'
import Organization from '#identity/models/organization'
import User from '#identity/models/user'
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD } from '#database/demo/demo_data'

/**
 * The two demo agencies and their teams. Idempotent: an agency that already
 * exists is left as it is. Never runs in production.
 */
export default class DemoSeeder extends BaseSeeder {
  static environment = ['development', 'test']

  async run() {
    for (const { users, ...attributes } of DEMO_ORGANIZATIONS) {
      const existing = await Organization.findBy('slug', attributes.slug)
      if (existing) continue

      const organization = await Organization.create(attributes)
      await User.createMany(
        users.map((user) => ({
          ...user,
          organizationId: organization.id,
          password: DEMO_PASSWORD,
          status: 'active' as const,
        }))
      )
    }
  }
}
