import DealStage from '#crm/models/deal_stage'
import Lead from '#crm/models/lead'
import Deal from '#crm/models/deal'
import type Organization from '#identity/models/organization'
import type User from '#identity/models/user'
import { DateTime } from 'luxon'

/**
 * The organization's pipeline stages, in order (created with it).
 */
export async function stagesOf(organization: Organization) {
  return DealStage.query().where('organization_id', organization.id).orderBy('position')
}

export async function createLead(
  organization: Organization,
  owner: User,
  values: Partial<Lead> = {}
) {
  return Lead.create({
    organizationId: organization.id,
    name: 'Omar Haddad',
    status: 'new',
    ownerId: owner.id,
    tags: [],
    custom: {},
    ...values,
  })
}

export async function createDeal(
  organization: Organization,
  owner: User,
  values: Partial<Deal> = {}
) {
  const [first] = await stagesOf(organization)
  return Deal.create({
    organizationId: organization.id,
    title: 'Villa in Al Nakheel',
    stageId: first!.id,
    probability: first!.probability,
    ownerId: owner.id,
    stageEnteredAt: DateTime.utc(),
    tags: [],
    custom: {},
    ...values,
  })
}
