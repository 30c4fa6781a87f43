import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor } from '#tests/helpers/api'

test.group('Lead capture settings', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('an admin sets the sources, the assignment and the allowed sites', async ({
    client,
    assert,
  }) => {
    const { admin, manager } = await createAgency()
    const token = await bearerFor(admin)
    const settings = {
      leadAssignment: 'fixed',
      leadAssigneeId: manager.id,
      allowedOrigins: ['https://agency.example'],
      leadSources: [
        { value: 'website', labelEn: 'Website', labelAr: 'الموقع' },
        { value: 'bayut', labelEn: 'Bayut', labelAr: 'بيوت' },
      ],
    }
    const saved = await client
      .put('/api/v1/organization/lead-capture')
      .bearerToken(token)
      .json(settings)
    saved.assertStatus(200)
    assert.equal(saved.body().data.leadAssigneeId, manager.id)

    const lead = await client
      .post('/api/v1/leads')
      .bearerToken(token)
      .json({ name: 'From Bayut', source: 'bayut' })
    lead.assertStatus(201)
    const refused = await client
      .post('/api/v1/leads')
      .bearerToken(token)
      .json({ name: 'Walk-in', source: 'walk_in' })
    refused.assertStatus(422)
    refused.assertBodyContains({ errors: [{ field: 'source' }] })
  })

  test('bad settings are field errors and managers may not change them', async ({ client }) => {
    const { admin, manager } = await createAgency()
    const invalid = await client
      .put('/api/v1/organization/lead-capture')
      .bearerToken(await bearerFor(admin))
      .json({ leadAssignment: 'fixed', allowedOrigins: ['not a url'], leadSources: [] })
    invalid.assertStatus(422)
    invalid.assertBodyContains({ errors: [{ field: 'allowedOrigins.0' }] })
    const forbidden = await client
      .put('/api/v1/organization/lead-capture')
      .bearerToken(await bearerFor(manager))
      .json({ leadAssignment: 'round_robin', allowedOrigins: [], leadSources: [] })
    forbidden.assertStatus(403)
  })

  test('the settings page renders for an admin', async ({ client }) => {
    const { admin } = await createAgency()
    const page = await client.get('/settings/lead-capture').loginAs(admin).withInertia()
    page.assertStatus(200)
    page.assertInertiaComponent('settings/lead_capture')
  })
})
