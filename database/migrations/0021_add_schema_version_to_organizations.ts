import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Bumped whenever an organization changes the shape of its records (custom
 * fields, lead sources), so each app instance can cache that shape and
 * still never serve a stale one.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('organizations', (table) => {
      table.integer('schema_version').notNullable().defaultTo(0)
    })
  }

  async down() {
    this.schema.alterTable('organizations', (table) => {
      table.dropColumn('schema_version')
    })
  }
}
