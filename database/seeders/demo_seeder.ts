import { BaseSeeder } from '@adonisjs/lucid/seeders'
import Organization from '#identity/models/organization'
import User from '#identity/models/user'
import Company from '#crm/models/company'
import Contact from '#crm/models/contact'
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD } from '#database/demo/demo_data'
import { demoCrm } from '#database/demo/demo_crm'
import { demoPipeline } from '#database/demo/demo_pipeline'
import db from '@adonisjs/lucid/services/db'
import Lead from '#crm/models/lead'
import Deal from '#crm/models/deal'
import DealStage from '#crm/models/deal_stage'
import DealStageChange from '#crm/models/deal_stage_change'
import Task from '#crm/models/task'
import Activity from '#crm/models/activity'

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
    const savedContacts = await Contact.createMany(
      contacts.map(({ companyIndex, ...contact }) => ({
        ...contact,
        ...inOrganization,
        companyId: companyIndex === null ? null : savedCompanies[companyIndex]!.id,
      }))
    )
    await this.seedPipeline(
      organization,
      team,
      index,
      savedContacts.map((contact) => contact.id)
    )
  }

  /**
   * Leads in every status, deals in every stage (with their stage history),
   * tasks (some overdue) and months of activities.
   */
  protected async seedPipeline(
    organization: Organization,
    team: User[],
    index: number,
    contactIds: number[]
  ) {
    const stages = await DealStage.query()
      .where('organization_id', organization.id)
      .orderBy('position')
    const pipeline = demoPipeline({
      seed: 4040 + index,
      country: organization.currency === 'AED' ? 'AE' : 'SA',
      currency: organization.currency,
      userIds: team.map((user) => user.id),
      brokerIds: team.filter((user) => user.role === 'broker').map((user) => user.id),
      stages,
      contactIds,
    })
    await db.transaction(async (trx) => {
      const client = { client: trx }
      const organizationId = organization.id
      const leads = await Lead.createMany(
        pipeline.leads.map((lead) => ({ ...lead, organizationId, custom: {} })),
        client
      )
      const deals = await Deal.createMany(
        pipeline.deals.map((deal) => ({ ...deal, organizationId, tags: [], custom: {} })),
        client
      )
      await DealStageChange.createMany(
        deals.map((deal) => ({
          organizationId,
          dealId: deal.id,
          toStageId: deal.stageId,
          userId: deal.ownerId,
          enteredAt: deal.stageEnteredAt,
        })),
        client
      )
      await Task.createMany(
        pipeline.tasks.map(({ leadIndex, ...task }) => ({
          ...task,
          organizationId,
          leadId: leads[leadIndex]!.id,
          custom: {},
        })),
        client
      )
      await Activity.createMany(
        pipeline.activities.map(({ leadIndex, ...activity }) => ({
          ...activity,
          organizationId,
          leadId: leads[leadIndex]!.id,
          custom: {},
        })),
        client
      )
    })
  }
}
