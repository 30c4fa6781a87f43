import { BaseSeeder } from '@adonisjs/lucid/seeders'
import Organization from '#identity/models/organization'
import User from '#identity/models/user'
import Company from '#crm/models/company'
import Contact from '#crm/models/contact'
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD } from '#database/demo/demo_data'
import { demoCrm } from '#database/demo/demo_crm'

/**
 * The two demo agencies and their teams. Idempotent: an agency that already
 * exists is left as it is. Never runs in production.
 */
export default class DemoSeeder extends BaseSeeder {
  static environment = ['development', 'test']

  async run() {
    for (const [index, { users, ...attributes }] of DEMO_ORGANIZATIONS.entries()) {
      const existing = await Organization.findBy('slug', attributes.slug)
      if (existing) continue

      const organization = await Organization.create(attributes)
      const team = await User.createMany(
        users.map((user) => ({
          ...user,
          organizationId: organization.id,
          password: DEMO_PASSWORD,
          status: 'active' as const,
        }))
      )
      await this.seedCrm(organization, team, index)
    }
  }

  /**
   * Companies and contacts, mostly owned by the brokers.
   */
  protected async seedCrm(organization: Organization, team: User[], index: number) {
    const brokers = team.filter((user) => user.role === 'broker').map((user) => user.id)
    const ownerIds = [...brokers, ...brokers, ...team.map((user) => user.id)]
    const country = organization.currency === 'AED' ? 'AE' : 'SA'
    const { companies, contacts } = demoCrm({ seed: 2026 + index, country, ownerIds })
    const inOrganization = { organizationId: organization.id, custom: {} }
    const savedCompanies = await Company.createMany(
      companies.map((company) => ({ ...company, ...inOrganization }))
    )
    await Contact.createMany(
      contacts.map(({ companyIndex, ...contact }) => ({
        ...contact,
        ...inOrganization,
        companyId: companyIndex === null ? null : savedCompanies[companyIndex]!.id,
      }))
    )
  }
}
