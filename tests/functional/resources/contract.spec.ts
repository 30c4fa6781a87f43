import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import { resourceList } from '#resources/registry'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor, expectStatus } from '#tests/helpers/api'
import {
  checkEngineScopes,
  checkResourceContract,
  contractFixtures,
  validBodyFor,
} from '#tests/helpers/resource_contract'

/**
 * Every registered resource, for every role: what the permission matrix
 * allows and refuses, organization and owner scopes, localized validation,
 * filters, If-Match and export neutralization. Registering a resource adds
 * it here.
 */
test.group('Resource contract', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  for (const resource of resourceList) {
    test(`${resource.name} answers every role as the permission matrix and scopes say`, async ({
      client,
      assert,
    }) => {
      const fixtures = await contractFixtures(client, resource)
      assert.deepEqual(await checkResourceContract(client, fixtures), [])
      assert.deepEqual(await checkEngineScopes(fixtures), [])
    }).timeout(60_000)

    test(`${resource.name}: a ${resource.feature}:read token reads but cannot write; a :write one creates`, async ({
      client,
      assert,
    }) => {
      const agency = await createAgency()
      const { admin } = agency
      const body = await validBodyFor(client, resource, agency, admin)
      const writer = await bearerFor(admin, [`${resource.feature}:write`])
      const created = await expectStatus(
        client.post(`/api/v1/${resource.name}`).bearerToken(writer).json(body),
        201
      )
      const id = created.body().data.id

      const reader = await bearerFor(admin, [`${resource.feature}:read`])
      const path = `/api/v1/${resource.name}`
      await expectStatus(client.get(path).bearerToken(reader), 200)
      await expectStatus(client.get(`${path}/${id}`).bearerToken(reader), 200)
      await expectStatus(client.get(`${path}/export`).bearerToken(reader), 200)
      for (const refused of [
        client.post(path).bearerToken(reader).json(body),
        client.patch(`${path}/${id}`).bearerToken(reader).json(body),
        client.delete(`${path}/${id}`).bearerToken(reader),
      ]) {
        const response = await expectStatus(refused, 403)
        assert.equal(response.body().errors[0].code, 'E_TOKEN_ABILITY')
      }
    })
  }
})
