import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Search (`?q=`) over leads, contacts and companies reads one stored,
 * lowercased column, `search_text`: name, e-mail and phone joined by
 * newlines (which a search term never holds, so a match never spans two
 * fields). One `LIKE` on it replaces an `ILIKE` per field, which lowercased
 * every field of every row it looked at, and one trigram index per table,
 * starting with the organization, replaces the e-mail and phone ones. The
 * name keeps its own for the `contains` filter.
 */
const TABLES = ['leads', 'contacts', 'companies'] as const

const SEARCH_TEXT = `lower(coalesce(name, '') || E'\\n' || coalesce(email, '') || E'\\n' || coalesce(phone, ''))`

const OLD_INDEXES: Record<(typeof TABLES)[number], Record<string, string>> = {
  leads: {
    leads_org_email_trgm_idx:
      'ON leads USING GIN (organization_id, email gin_trgm_ops) WHERE deleted_at IS NULL',
    leads_org_phone_trgm_idx:
      'ON leads USING GIN (organization_id, phone gin_trgm_ops) WHERE deleted_at IS NULL',
  },
  contacts: {
    contacts_email_trgm_idx: 'ON contacts USING GIN (email gin_trgm_ops)',
    contacts_phone_trgm_idx: 'ON contacts USING GIN (phone gin_trgm_ops)',
  },
  companies: {
    companies_email_trgm_idx: 'ON companies USING GIN (email gin_trgm_ops)',
  },
}

export default class extends BaseSchema {
  async up() {
    for (const table of TABLES) {
      this.schema.raw(
        `ALTER TABLE ${table} ADD COLUMN search_text text GENERATED ALWAYS AS (${SEARCH_TEXT}) STORED`
      )
      this.schema.raw(
        `CREATE INDEX ${table}_org_search_trgm_idx ON ${table} USING GIN (organization_id, search_text gin_trgm_ops) WHERE deleted_at IS NULL`
      )
      for (const index of Object.keys(OLD_INDEXES[table])) {
        this.schema.raw(`DROP INDEX IF EXISTS ${index}`)
      }
    }
  }

  async down() {
    for (const table of TABLES) {
      for (const [index, definition] of Object.entries(OLD_INDEXES[table])) {
        this.schema.raw(`CREATE INDEX ${index} ${definition}`)
      }
      this.schema.raw(`DROP INDEX IF EXISTS ${table}_org_search_trgm_idx`)
      this.schema.raw(`ALTER TABLE ${table} DROP COLUMN search_text`)
    }
  }
}
