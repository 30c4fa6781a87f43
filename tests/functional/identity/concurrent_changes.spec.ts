import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import type { ApiClient } from '@japa/api-client'
import User from '#identity/models/user'
import { TEST_PASSWORD, UserFactory } from '#database/factories/user_factory'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor } from '#tests/helpers/api'

/**
 * Two requests at the same moment cannot break a rule either one alone
 * keeps. Each race is run a few times; any losing outcome fails.
 */
async function signIn(client: ApiClient, user: User) {
  const response = await client
    .post('/api/v1/auth/login')
    .json({ email: user.email, password: TEST_PASSWORD, deviceName: 'Pixel 9' })
  response.assertStatus(200)
  return response.body() as { accessToken: string; refreshToken: string }
}

test.group('Concurrent changes', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  // API.md: "the last owner cannot be demoted, disabled or deleted."
  test('two owners demoting each other at once still leave the agency an active owner', async ({
    client,
    assert,
  }) => {
    // a race: tried a few times, any agency left without an owner is the failure
    const outcomes: string[] = []
    for (let trial = 0; trial < 8; trial++) {
      const { organization, owner } = await createAgency()
      const second = await UserFactory.merge({ organizationId: organization.id })
        .apply('owner')
        .create()
      const [firstToken, secondToken] = [await bearerFor(owner), await bearerFor(second)]
      const [byFirst, bySecond] = await Promise.all([
        client.patch(`/api/v1/users/${second.id}`).bearerToken(firstToken).json({ role: 'admin' }),
        client.patch(`/api/v1/users/${owner.id}`).bearerToken(secondToken).json({ role: 'admin' }),
      ])
      const owners = await User.query()
        .where('organization_id', organization.id)
        .where('role', 'owner')
        .where('status', 'active')
      outcomes.push(`${byFirst.status()}/${bySecond.status()} -> ${owners.length} owner(s)`)
    }
    assert.notInclude(outcomes.join(', '), '-> 0 owner(s)', outcomes.join(', '))
  })

  // API.md: "`POST /auth/refresh` … the old refresh token is spent; presenting a spent one
  // revokes that whole token family → `401`"
  test('a refresh token used twice at once revokes the whole family, the new access token included', async ({
    client,
    assert,
  }) => {
    // a race: tried a few times, any new access token that survives the reuse is the failure
    const { broker } = await createAgency()
    const survivors: number[] = []
    for (let trial = 0; trial < 8; trial++) {
      await limiter.clear(['memory'])
      const { refreshToken } = await signIn(client, broker)
      const answers = await Promise.all([
        client.post('/api/v1/auth/refresh').json({ refreshToken }),
        client.post('/api/v1/auth/refresh').json({ refreshToken }),
      ])
      const winner = answers.find((answer) => answer.status() === 200)
      if (!winner) continue
      const me = await client.get('/api/v1/me').bearerToken(winner.body().accessToken)
      if (me.status() !== 401) survivors.push(trial)
    }
    assert.deepEqual(survivors, [], `the winner's access token still worked in trials ${survivors}`)
  })
})
