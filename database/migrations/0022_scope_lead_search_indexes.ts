import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Search (`?q=`) runs inside one organization: trigram indexes that start
 * with the organization let PostgreSQL look only at that agency's leads,
 * instead of every lead of every agency matching the fragment.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw('CREATE EXTENSION IF NOT EXISTS btree_gin')
    for (const column of ['name', 'email', 'phone']) {
      this.schema.raw(`DROP INDEX IF EXISTS leads_${column}_trgm_idx`)
      this.schema.raw(
        `CREATE INDEX leads_org_${column}_trgm_idx ON leads USING GIN (organization_id, ${column} gin_trgm_ops) WHERE deleted_at IS NULL`
      )
    }
  }

  async down() {
    for (const column of ['name', 'email', 'phone']) {
      this.schema.raw(`DROP INDEX IF EXISTS leads_org_${column}_trgm_idx`)
      this.schema.raw(
        `CREATE INDEX leads_${column}_trgm_idx ON leads USING GIN (${column} gin_trgm_ops)`
      )
    }
  }
}
