import { CustomFieldSchema } from '#database/schema'
import { afterDelete, afterSave, column } from '@adonisjs/lucid/orm'
import { compose } from '@adonisjs/core/helpers'
import { withOrganizationScope } from '#core/tenancy/with_organization_scope'
import { bumpSchemaVersion } from '#core/tenancy/schema_version'
import type { FieldType } from '#resources/define_resource'

export type CustomFieldOption = { value: string; labelEn: string; labelAr: string }

/**
 * A field an admin added to a resource at runtime; its values live in the
 * record's `custom` JSONB column under `key`.
 */
export default class CustomField extends compose(CustomFieldSchema, withOrganizationScope) {
  declare type: Exclude<FieldType, 'file'>

  /** a JSON array: serialized by hand, or `pg` would send a PostgreSQL array */
  @column({ prepare: (value: CustomFieldOption[]) => JSON.stringify(value) })
  declare options: CustomFieldOption[]

  @afterSave()
  @afterDelete()
  static async reshapeRecords(field: CustomField) {
    await bumpSchemaVersion(field.organizationId, field.$trx)
  }

  get isArchived() {
    return this.archivedAt !== null
  }
}
