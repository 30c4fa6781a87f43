import { OrganizationFactory } from '#database/factories/organization_factory'
import { UserFactory } from '#database/factories/user_factory'

/**
 * An agency with one user of each role.
 */
export async function createAgency(state: 'arabic' | null = null) {
  const organization = state
    ? await OrganizationFactory.apply(state).create()
    : await OrganizationFactory.create()
  const inOrganization = { organizationId: organization.id }
  const [owner, admin, manager, broker] = await Promise.all([
    UserFactory.merge(inOrganization).apply('owner').create(),
    UserFactory.merge(inOrganization).apply('admin').create(),
    UserFactory.merge(inOrganization).apply('manager').create(),
    UserFactory.merge(inOrganization).create(),
  ])
  return { organization, owner, admin, manager, broker }
}
