import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = 'users'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.bigIncrements('id')
      table
        .bigInteger('organization_id')
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.string('name', 160).notNullable()
      table.string('email', 254).notNullable()
      table.string('password').notNullable()
      table.string('role', 16).notNullable().defaultTo('broker')
      table.string('status', 16).notNullable().defaultTo('active')
      table.string('locale', 5).nullable()
      table.string('timezone', 64).nullable()
      table.string('phone', 20).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()

      table.index(['organization_id', 'role'])
    })
    // E-mails are unique across the platform whatever their case.
    this.schema.raw('CREATE UNIQUE INDEX users_email_lower_unique ON users (lower(email))')
    this.schema.raw(
      `ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('owner', 'admin', 'manager', 'broker'))`
    )
    this.schema.raw(
      `ALTER TABLE users ADD CONSTRAINT users_status_check CHECK (status IN ('active', 'disabled'))`
    )
    this.schema.raw(
      `ALTER TABLE users ADD CONSTRAINT users_locale_check CHECK (locale IS NULL OR locale IN ('en', 'ar'))`
    )
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
