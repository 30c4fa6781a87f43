import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = 'users'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      // Encrypted with APP_KEY; enabled once confirmed with a valid code.
      table.text('two_factor_secret').nullable()
      table.timestamp('two_factor_confirmed_at', { useTz: true }).nullable()
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropColumn('two_factor_secret')
      table.dropColumn('two_factor_confirmed_at')
    })
  }
}
