import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Exports prepared in the background: what the user asked for (the list's
 * query string and the export options), how it went, and where the file
 * is on the drive. Housekeeping removes them after 7 days.
 */
export default class extends BaseSchema {
  protected tableName = 'exports'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.bigIncrements('id')
      table
        .bigInteger('organization_id')
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table
        .bigInteger('user_id')
        .notNullable()
        .references('id')
        .inTable('users')
        .onDelete('CASCADE')
      table.string('resource', 60).notNullable()
      table.string('format', 10).notNullable()
      table.jsonb('params').notNullable().defaultTo('{}')
      table.string('status', 20).notNullable().defaultTo('queued')
      table.integer('row_count').nullable()
      table.string('file_key', 300).nullable()
      table.text('error').nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('finished_at', { useTz: true }).nullable()
      table.index(['user_id', 'created_at'])
      table.index(['organization_id'])
      table.check("status in ('queued', 'running', 'completed', 'failed')")
      table.check("format in ('csv', 'xlsx')")
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
