import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The first two resources. Every list is served by an index that starts with
 * the organization and skips the trash; search runs on trigram indexes.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm')

    this.schema.createTable('companies', (table) => {
      table.bigIncrements('id')
      table
        .bigInteger('organization_id')
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.string('name', 200).notNullable()
      table.string('industry', 40).nullable()
      table.string('website', 500).nullable()
      table.string('email', 254).nullable()
      table.string('phone', 20).nullable()
      table.text('address').nullable()
      table.string('city', 120).nullable()
      table.string('country', 2).nullable()
      table.specificType('tags', 'text[]').notNullable().defaultTo('{}')
      table.text('notes').nullable()
      table.bigInteger('owner_id').nullable().references('id').inTable('users').onDelete('SET NULL')
      table.jsonb('custom').notNullable().defaultTo('{}')
      table.integer('version').notNullable().defaultTo(1)
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.timestamp('deleted_at', { useTz: true }).nullable()
    })

    this.schema.createTable('contacts', (table) => {
      table.bigIncrements('id')
      table
        .bigInteger('organization_id')
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.string('name', 200).notNullable()
      table.string('email', 254).nullable()
      table.string('phone', 20).nullable()
      table.string('mobile', 20).nullable()
      table.string('job_title', 120).nullable()
      table
        .bigInteger('company_id')
        .nullable()
        .references('id')
        .inTable('companies')
        .onDelete('SET NULL')
      table.string('source', 40).nullable()
      table.specificType('tags', 'text[]').notNullable().defaultTo('{}')
      table.text('address').nullable()
      table.string('city', 120).nullable()
      table.string('country', 2).nullable()
      table.date('birthday').nullable()
      table.boolean('do_not_contact').notNullable().defaultTo(false)
      table.text('notes').nullable()
      table.bigInteger('owner_id').nullable().references('id').inTable('users').onDelete('SET NULL')
      table.jsonb('custom').notNullable().defaultTo('{}')
      table.integer('version').notNullable().defaultTo(1)
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.timestamp('deleted_at', { useTz: true }).nullable()
    })

    for (const name of ['companies', 'contacts']) {
      const live = 'WHERE deleted_at IS NULL'
      this.schema.raw(
        `CREATE INDEX ${name}_org_created_idx ON ${name} (organization_id, created_at DESC, id) ${live}`
      )
      this.schema.raw(
        `CREATE INDEX ${name}_org_name_idx ON ${name} (organization_id, name, id) ${live}`
      )
      this.schema.raw(
        `CREATE INDEX ${name}_org_owner_idx ON ${name} (organization_id, owner_id) ${live}`
      )
      this.schema.raw(
        `CREATE INDEX ${name}_org_email_idx ON ${name} (organization_id, lower(email))`
      )
      this.schema.raw(`CREATE INDEX ${name}_org_phone_idx ON ${name} (organization_id, phone)`)
      this.schema.raw(
        `CREATE INDEX ${name}_org_deleted_idx ON ${name} (organization_id, deleted_at) WHERE deleted_at IS NOT NULL`
      )
      this.schema.raw(`CREATE INDEX ${name}_tags_idx ON ${name} USING GIN (tags)`)
      this.schema.raw(
        `CREATE INDEX ${name}_custom_idx ON ${name} USING GIN (custom jsonb_path_ops)`
      )
      this.schema.raw(`CREATE INDEX ${name}_name_trgm_idx ON ${name} USING GIN (name gin_trgm_ops)`)
      this.schema.raw(
        `CREATE INDEX ${name}_email_trgm_idx ON ${name} USING GIN (email gin_trgm_ops)`
      )
    }
    this.schema.raw(
      'CREATE INDEX contacts_org_company_idx ON contacts (organization_id, company_id) WHERE deleted_at IS NULL'
    )
    this.schema.raw(
      'CREATE INDEX contacts_phone_trgm_idx ON contacts USING GIN (phone gin_trgm_ops)'
    )
  }

  async down() {
    this.schema.dropTable('contacts')
    this.schema.dropTable('companies')
  }
}
