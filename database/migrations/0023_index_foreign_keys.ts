import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Every foreign key gets an index PostgreSQL can use when the referenced
 * row is deleted (cascades, SET NULL): without one, deleting a lead scans
 * every activity, and deleting a contact every lead. The timeline indexes
 * on activities lose their `deleted_at` condition for that reason.
 */
export default class extends BaseSchema {
  async up() {
    for (const column of ['lead_id', 'deal_id', 'contact_id', 'company_id']) {
      this.schema.raw(`DROP INDEX IF EXISTS activities_${column}_idx`)
      this.schema.raw(
        `CREATE INDEX activities_${column}_idx ON activities (${column}, occurred_at DESC, id DESC) WHERE ${column} IS NOT NULL`
      )
    }
    this.schema.raw(
      'CREATE INDEX leads_contact_idx ON leads (contact_id) WHERE contact_id IS NOT NULL'
    )
    this.schema.raw(
      'CREATE INDEX leads_converted_deal_idx ON leads (converted_deal_id) WHERE converted_deal_id IS NOT NULL'
    )
    this.schema.raw(
      'CREATE INDEX contacts_company_idx ON contacts (company_id) WHERE company_id IS NOT NULL'
    )
  }

  async down() {
    this.schema.raw('DROP INDEX IF EXISTS contacts_company_idx')
    this.schema.raw('DROP INDEX IF EXISTS leads_converted_deal_idx')
    this.schema.raw('DROP INDEX IF EXISTS leads_contact_idx')
    for (const column of ['lead_id', 'deal_id', 'contact_id', 'company_id']) {
      this.schema.raw(`DROP INDEX IF EXISTS activities_${column}_idx`)
      this.schema.raw(
        `CREATE INDEX activities_${column}_idx ON activities (${column}, occurred_at DESC, id DESC) WHERE ${column} IS NOT NULL AND deleted_at IS NULL`
      )
    }
  }
}
