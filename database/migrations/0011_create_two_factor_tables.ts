import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('users', (table) => {
      // The last TOTP time step accepted: a code is never accepted twice.
      table.bigInteger('two_factor_last_step').nullable()
    })

    this.schema.alterTable('organizations', (table) => {
      table.string('require_two_factor', 16).notNullable().defaultTo('none')
    })
    this.schema.raw(
      `ALTER TABLE organizations ADD CONSTRAINT organizations_require_two_factor_check CHECK (require_two_factor IN ('none', 'admins', 'everyone'))`
    )

    this.schema.createTable('two_factor_recovery_codes', (table) => {
      table.bigIncrements('id')
      table
        .bigInteger('user_id')
        .notNullable()
        .references('id')
        .inTable('users')
        .onDelete('CASCADE')
      table.string('hash', 64).notNullable()
      table.timestamp('used_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.unique(['user_id', 'hash'])
    })
  }

  async down() {
    this.schema.dropTable('two_factor_recovery_codes')
    this.schema.alterTable('organizations', (table) => table.dropColumn('require_two_factor'))
    this.schema.alterTable('users', (table) => table.dropColumn('two_factor_last_step'))
  }
}
