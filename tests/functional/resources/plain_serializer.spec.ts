import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import i18nManager from '@adonisjs/i18n/services/main'
import { tenantContext } from '#core/tenancy/tenant_context'
import CustomField from '#resources/models/custom_field'
import { resourceList } from '#resources/registry'
import { ResourceContext } from '#resources/engine/resource_context'
import { listRecords, listSerializedRecords } from '#resources/engine/list_records'
import { findSerializedRecord, plainSerializerOf } from '#resources/engine/plain_serializer'
import type { FieldType } from '#resources/define_resource'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor } from '#tests/helpers/api'
import { validBodyFor } from '#tests/helpers/resource_contract'

/** A custom field of every type a custom field may have. */
const CUSTOM_TYPES: Exclude<FieldType, 'file'>[] = [
  'text',
  'number',
  'money',
  'percent',
  'date',
  'datetime',
  'boolean',
  'select',
  'multiSelect',
  'tags',
  'relation',
]

const OPTIONS = [
  { value: 'gold', labelEn: 'Gold', labelAr: 'ذهبي' },
  { value: 'silver', labelEn: 'Silver', labelAr: 'فضي' },
]

/**
 * The API reads lists and records as plain rows; the screens and the rest
 * of the engine serialize model instances. Both must give the same JSON,
 * byte for byte (keys in the same order), for every resource.
 */
test.group('Plain-row serialization', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  for (const resource of resourceList) {
    test(`${resource.name}: lists, cursor pages and records read as plain rows serialize like models`, async ({
      client,
      assert,
    }) => {
      const agency = await createAgency()
      for (const type of CUSTOM_TYPES) {
        await CustomField.create({
          organizationId: agency.organization.id,
          resource: resource.name,
          key: `extra_${type.toLowerCase()}`,
          type,
          labelEn: `Extra ${type}`,
          labelAr: `إضافي ${type}`,
          options: ['select', 'multiSelect'].includes(type) ? OPTIONS : [],
          target: type === 'relation' ? 'users' : null,
        })
      }
      const token = await bearerFor(agency.owner)
      const ids: number[] = []
      for (let index = 0; index < 3; index++) {
        const body = await validBodyFor(client, resource, agency, agency.owner)
        const response = await client.post(`/api/v1/${resource.name}`).bearerToken(token).json(body)
        response.assertStatus(201)
        ids.push(response.body().data.id)
      }

      await tenantContext.run(agency.organization.id, async () => {
        for (const locale of ['en', 'ar']) {
          const context = await ResourceContext.for(
            resource,
            agency.owner,
            i18nManager.locale(locale)
          )
          assert.exists(plainSerializerOf(context), 'read as plain rows')
          const pages: Record<string, string>[] = [
            { perPage: '2' },
            { perPage: '2', page: '2' },
            { perPage: '2', cursor: '', sort: '-id' },
          ]
          if (context.fields.some((field) => field.key === 'createdAt')) {
            pages.push({ perPage: '2', cursor: '', sort: '-createdAt' })
          }
          for (const qs of pages) {
            const plain = await listSerializedRecords(context, qs)
            const models = await listRecords(context, qs)
            const expected = { data: await context.serializeMany(models.rows), meta: models.meta }
            assert.isNotEmpty(plain.data)
            assert.equal(JSON.stringify(plain), JSON.stringify(expected))
          }
          for (const id of ids) {
            const plain = await findSerializedRecord(context, id)
            const model = await context.serializeOne(await context.find(id))
            assert.equal(JSON.stringify(plain), JSON.stringify(model))
          }
        }
      })
    }).timeout(30_000)
  }
})
