import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import testUtils from '@adonisjs/core/services/test_utils'
import Lead from '#crm/models/lead'
import CustomField from '#resources/models/custom_field'
import { resourceList } from '#resources/registry'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor } from '#tests/helpers/api'

test.group('Resource search (?q=)', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('every searchable field of a resource is in its search column', async ({ assert }) => {
    const searched = resourceList.filter((resource) => resource.searchColumn)
    assert.includeMembers(
      searched.map((resource) => resource.name),
      ['leads', 'contacts', 'companies']
    )
    for (const resource of searched) {
      const { rows } = await db.rawQuery(
        `SELECT generation_expression FROM information_schema.columns
          WHERE table_name = ? AND column_name = ? AND is_generated = 'ALWAYS'`,
        [resource.model.table, resource.searchColumn!]
      )
      assert.lengthOf(rows, 1, `${resource.name}.${resource.searchColumn} is a generated column`)
      const expression: string = rows[0].generation_expression
      assert.match(expression, /^lower\(/, `${resource.name}: lowercased`)
      for (const [key, field] of Object.entries(resource.fields)) {
        if (!field.searchable) continue
        const column = field.column ?? key.replace(/[A-Z]/g, (char) => `_${char.toLowerCase()}`)
        assert.include(expression, column, `${resource.name}: ${key} is searched`)
      }
    }
  })

  test('finds leads by a fragment of name, e-mail or phone, in any case', async ({
    client,
    assert,
  }) => {
    const { manager, organization } = await createAgency()
    const other = await createAgency()
    const lead = (name: string, email: string | null, phone: string | null) => ({
      organizationId: organization.id,
      name,
      email,
      phone,
      custom: {},
    })
    await Lead.createMany([
      lead('Fahad Al-Otaibi', 'f.otaibi@example.test', '+966501112233'),
      lead('فهد الشمري', null, '+971501234567'),
      lead('Sara Ali', 'ali@dunes.test', null),
      lead('Omar Haddad', 'omar@example.test', '+966509998877'),
    ])
    await Lead.create({
      organizationId: other.organization.id,
      name: 'Fahad Elsewhere',
      custom: {},
    })
    const token = await bearerFor(manager)
    const search = async (q: string) => {
      const response = await client.get('/api/v1/leads').qs({ q, sort: 'name' }).bearerToken(token)
      response.assertStatus(200)
      assert.equal(response.body().meta.total, response.body().data.length)
      return response.body().data.map((row: { name: string }) => row.name)
    }

    assert.deepEqual(await search('FAH'), ['Fahad Al-Otaibi'])
    assert.deepEqual(await search('فهد'), ['فهد الشمري'])
    assert.deepEqual(await search('DUNES.'), ['Sara Ali'])
    assert.deepEqual(await search('99988'), ['Omar Haddad'])
    assert.deepEqual(await search('+9715'), ['فهد الشمري'])
    // wildcards are searched for as written
    assert.deepEqual(await search('%'), [])
    assert.deepEqual(await search('f_otaibi'), [])
    // a term never matches across two fields (the name's end, the e-mail's start)
    assert.deepEqual(await search('ali ali@'), [])
    assert.deepEqual(await search('ali\nali@'), [])
  })

  test('searchable custom fields are searched beside the search column', async ({
    client,
    assert,
  }) => {
    const { manager, organization } = await createAgency()
    await CustomField.create({
      organizationId: organization.id,
      resource: 'leads',
      key: 'tower',
      type: 'text',
      labelEn: 'Tower',
      labelAr: 'البرج',
      options: [],
    })
    await Lead.createMany([
      { organizationId: organization.id, name: 'Nadia Karim', custom: { tower: 'Marina Heights' } },
      { organizationId: organization.id, name: 'Marina Lopez', custom: {} },
      { organizationId: organization.id, name: 'Yousef Amin', custom: { tower: 'Palm Crest' } },
    ])
    const token = await bearerFor(manager)
    const response = await client
      .get('/api/v1/leads')
      .qs({ q: 'marina', sort: 'name' })
      .bearerToken(token)
    response.assertStatus(200)
    assert.deepEqual(
      response.body().data.map((row: { name: string }) => row.name),
      ['Marina Lopez', 'Nadia Karim']
    )
  })
})
