import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#identity/models/user'
import { hasPermission, type Permission } from '#identity/permissions'
import type { ResourceDefinition } from '#resources/define_resource'

export const RESOURCE_ABILITIES = [
  'viewAny',
  'view',
  'create',
  'update',
  'delete',
  'export',
  'import',
  'restore',
] as const
export type ResourceAbility = (typeof RESOURCE_ABILITIES)[number]

/**
 * What a user may do with a resource, in the app's one vocabulary. Which
 * records they reach (their organization; for brokers, their own) is the
 * resource query's job, so a record outside it is "not found", not
 * "forbidden".
 */
export default class ResourcePolicy extends BasePolicy {
  protected allows(user: User, resource: ResourceDefinition, ability: ResourceAbility) {
    return hasPermission(user, `${resource.feature}.${ability}` as Permission)
  }

  viewAny(user: User, resource: ResourceDefinition) {
    return this.allows(user, resource, 'viewAny')
  }

  view(user: User, resource: ResourceDefinition) {
    return this.allows(user, resource, 'view')
  }

  create(user: User, resource: ResourceDefinition) {
    return this.allows(user, resource, 'create')
  }

  update(user: User, resource: ResourceDefinition) {
    return this.allows(user, resource, 'update')
  }

  delete(user: User, resource: ResourceDefinition) {
    return this.allows(user, resource, 'delete')
  }

  export(user: User, resource: ResourceDefinition) {
    return this.allows(user, resource, 'export')
  }

  import(user: User, resource: ResourceDefinition) {
    return this.allows(user, resource, 'import')
  }

  restore(user: User, resource: ResourceDefinition) {
    return this.allows(user, resource, 'restore')
  }

  /**
   * A domain verb of the resource (`leads.convert`, `deals.move`).
   */
  perform(user: User, resource: ResourceDefinition, verb: string) {
    return hasPermission(user, `${resource.feature}.${verb}` as Permission)
  }
}

/**
 * Every ability at once, for the screens (which buttons to show).
 */
export async function resourceAbilities(user: User, resource: ResourceDefinition) {
  const entries = await Promise.all(
    RESOURCE_ABILITIES.map(
      async (ability) =>
        [
          ability,
          await hasPermission(user, `${resource.feature}.${ability}` as Permission),
        ] as const
    )
  )
  return Object.fromEntries(entries) as Record<ResourceAbility, boolean>
}
