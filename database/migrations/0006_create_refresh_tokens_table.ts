import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Refresh tokens rotate on every use; all tokens descending from one login
 * share a family, revoked as a whole when a spent token comes back.
 */
export default class extends BaseSchema {
  protected tableName = 'refresh_tokens'

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
      table.uuid('family_id').notNullable()
      table.string('hash', 64).notNullable().unique()
      table
        .bigInteger('access_token_id')
        .nullable()
        .references('id')
        .inTable('auth_access_tokens')
        .onDelete('SET NULL')
      table.string('device_name', 120).nullable()
      table.string('ip', 64).nullable()
      table.string('user_agent', 512).nullable()
      table.timestamp('expires_at', { useTz: true }).notNullable()
      table.timestamp('used_at', { useTz: true }).nullable()
      table.timestamp('revoked_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()

      table.index(['family_id'])
      table.index(['user_id'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
