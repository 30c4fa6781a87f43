import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * What the resource engine keeps besides the records: runtime custom fields,
 * saved list views, idempotent POST replies, and imports with their undo log.
 */
export default class extends BaseSchema {
  async up() {
    const organization = (table: any) =>
      table
        .bigInteger('organization_id')
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')

    this.schema.createTable('custom_fields', (table) => {
      table.bigIncrements('id')
      organization(table)
      table.string('resource', 60).notNullable()
      table.string('key', 60).notNullable()
      table.string('type', 20).notNullable()
      table.string('label_en', 120).notNullable()
      table.string('label_ar', 120).notNullable()
      table.jsonb('options').notNullable().defaultTo('[]')
      table.string('target', 60).nullable()
      table.boolean('required').notNullable().defaultTo(false)
      table.integer('position').notNullable().defaultTo(0)
      table.timestamp('archived_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.unique(['organization_id', 'resource', 'key'])
    })

    this.schema.createTable('saved_views', (table) => {
      table.bigIncrements('id')
      organization(table)
      table
        .bigInteger('user_id')
        .notNullable()
        .references('id')
        .inTable('users')
        .onDelete('CASCADE')
      table.string('resource', 60).notNullable()
      table.string('name', 120).notNullable()
      table.boolean('shared').notNullable().defaultTo(false)
      table.jsonb('state').notNullable().defaultTo('{}')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['organization_id', 'resource'])
    })

    this.schema.createTable('default_views', (table) => {
      table
        .bigInteger('user_id')
        .notNullable()
        .references('id')
        .inTable('users')
        .onDelete('CASCADE')
      table.string('resource', 60).notNullable()
      table
        .bigInteger('saved_view_id')
        .notNullable()
        .references('id')
        .inTable('saved_views')
        .onDelete('CASCADE')
      table.primary(['user_id', 'resource'])
    })

    this.schema.createTable('idempotency_keys', (table) => {
      table.bigIncrements('id')
      table
        .bigInteger('user_id')
        .notNullable()
        .references('id')
        .inTable('users')
        .onDelete('CASCADE')
      table.string('key', 200).notNullable()
      table.string('fingerprint', 64).notNullable()
      table.integer('status_code').nullable()
      table.jsonb('body').nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.unique(['user_id', 'key'])
      table.index(['created_at'])
    })

    this.schema.createTable('imports', (table) => {
      table.bigIncrements('id')
      organization(table)
      table.bigInteger('user_id').nullable().references('id').inTable('users').onDelete('SET NULL')
      table.string('resource', 60).notNullable()
      table.string('status', 20).notNullable()
      table.string('file_name', 255).notNullable()
      table.string('file_path', 500).notNullable()
      table.jsonb('mapping').notNullable().defaultTo('{}')
      table.string('mode', 10).notNullable().defaultTo('skip')
      table.string('match_key', 80).nullable()
      table.integer('total_rows').notNullable().defaultTo(0)
      table.integer('processed_rows').notNullable().defaultTo(0)
      table.integer('created_count').notNullable().defaultTo(0)
      table.integer('updated_count').notNullable().defaultTo(0)
      table.integer('skipped_count').notNullable().defaultTo(0)
      table.integer('error_count').notNullable().defaultTo(0)
      table.jsonb('errors').notNullable().defaultTo('[]')
      table.text('failure').nullable()
      table.timestamp('finished_at', { useTz: true }).nullable()
      table.timestamp('undone_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['organization_id', 'resource', 'created_at'])
    })

    this.schema.createTable('import_changes', (table) => {
      table.bigIncrements('id')
      table
        .bigInteger('import_id')
        .notNullable()
        .references('id')
        .inTable('imports')
        .onDelete('CASCADE')
      table.bigInteger('record_id').notNullable()
      table.jsonb('before').nullable()
      table.index(['import_id'])
    })
  }

  async down() {
    for (const name of [
      'import_changes',
      'imports',
      'idempotency_keys',
      'default_views',
      'saved_views',
      'custom_fields',
    ]) {
      this.schema.dropTable(name)
    }
  }
}
