import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import { column } from '@adonisjs/lucid/orm'
import { ContactSchema } from '#database/schema'
import contacts from '#resources/contacts_resource'
import { defineResource } from '#resources/define_resource'
import { ResourceContext } from '#resources/engine/resource_context'
import { resourceFields } from '#resources/engine/resource_fields'
import ResourcePolicy from '#resources/policies/resource_policy'
import {
  checkEngineScopes,
  checkResourceContract,
  contractFixtures,
  type ContextFactory,
} from '#tests/helpers/resource_contract'

/**
 * The contacts table without the tenancy mixin: the mistake of a model
 * that forgot `withOrganizationScope`.
 */
class UnscopedContact extends ContactSchema {
  static table = 'contacts'

  @column()
  declare tags: string[]

  @column()
  declare custom: Record<string, unknown>
}

const unscopedContacts = defineResource({ ...contacts, model: UnscopedContact })

const unscoped: ContextFactory = async (_resource, user, i18n) =>
  new ResourceContext(unscopedContacts, await resourceFields(unscopedContacts), user, i18n)

/**
 * A context that forgets the broker's ownership scope.
 */
class OwnerBlindContext extends ResourceContext {
  get isOwnershipScoped() {
    return false
  }
}

const ownerBlind: ContextFactory = async (resource, user, i18n) =>
  new OwnerBlindContext(resource, await resourceFields(resource), user, i18n)

/**
 * Serves the API with another engine context for the duration of `run`,
 * as if the app had shipped the bug.
 */
async function servedWith<T>(factory: ContextFactory, run: () => Promise<T>) {
  const original = ResourceContext.for
  ResourceContext.for = factory as typeof ResourceContext.for
  try {
    return await run()
  } finally {
    ResourceContext.for = original
  }
}

/**
 * The checks of the shared contract spec, run against deliberately broken
 * resources: each break must be reported, or the contract proves nothing.
 */
test.group('Resource contract catches broken resources', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('a resource whose model is not organization-scoped leaks, and the engine check says so', async ({
    client,
    assert,
  }) => {
    const fixtures = await contractFixtures(client, contacts)
    assert.deepEqual(await checkEngineScopes(fixtures), [])

    const failures = await checkEngineScopes({ ...fixtures, resource: unscopedContacts })
    for (const role of ['owner', 'admin', 'manager'] as const) {
      assert.include(
        failures,
        `contacts: ${role} engine query shows a record of another organization`
      )
      assert.include(
        failures,
        `contacts: ${role} engine find reaches a record of another organization`
      )
      assert.include(
        failures,
        `contacts: ${role} engine find in the trash reaches a record of another organization`
      )
      assert.include(
        failures,
        `contacts: ${role} engine export shows a record of another organization`
      )
    }
  }).timeout(60_000)

  test('a context that forgets the broker scope is caught by the engine check', async ({
    client,
    assert,
  }) => {
    const fixtures = await contractFixtures(client, contacts)
    const failures = await checkEngineScopes(fixtures, ownerBlind)
    assert.isNotEmpty(failures)
    assert.isTrue(failures.every((failure) => failure.startsWith('contacts: broker ')))
    assert.include(failures, 'contacts: broker engine query shows a record owned by the manager')
    assert.include(failures, 'contacts: broker engine find reaches a record owned by the owner')
    assert.include(failures, 'contacts: broker engine export shows a record owned by the admin')
  }).timeout(60_000)

  test('the HTTP contract catches an unscoped resource behind the routes', async ({
    client,
    assert,
  }) => {
    const fixtures = await contractFixtures(client, contacts)
    const failures = await servedWith(unscoped, () => checkResourceContract(client, fixtures))
    assert.include(failures, 'contacts: admin list shows a record of another organization')
    assert.include(
      failures,
      'contacts: admin show of a record of another organization: expected 404, got 200'
    )
    assert.include(
      failures,
      'contacts: manager update of a record of another organization: expected 404, got 412'
    )
    assert.include(failures, 'contacts: owner export shows a record of another organization')
  }).timeout(60_000)

  test('the HTTP contract catches a broker who sees everyone', async ({ client, assert }) => {
    const fixtures = await contractFixtures(client, contacts)
    const failures = await servedWith(ownerBlind, () => checkResourceContract(client, fixtures))
    assert.include(failures, 'contacts: broker list shows a record owned by the manager')
    assert.include(
      failures,
      'contacts: broker show of a record owned by the owner: expected 404, got 200'
    )
    assert.isTrue(failures.every((failure) => failure.startsWith('contacts: broker ')))
  }).timeout(60_000)

  test('the HTTP contract catches a policy that allows everything', async ({ client, assert }) => {
    const fixtures = await contractFixtures(client, contacts)
    const prototype = ResourcePolicy.prototype as unknown as { allows: () => boolean }
    const allows = prototype.allows
    prototype.allows = () => true
    let failures: string[]
    try {
      failures = await checkResourceContract(client, fixtures)
    } finally {
      prototype.allows = allows
    }
    assert.include(failures, 'contacts: broker delete: expected 403, got 204')
    assert.include(failures, 'contacts: broker export: expected 403, got 200')
    assert.include(failures, 'contacts: manager restore: expected 403, got 200')
  }).timeout(60_000)
})
