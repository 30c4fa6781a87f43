import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = 'organizations'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.bigIncrements('id')
      table.string('name', 160).notNullable()
      table.string('slug', 80).notNullable().unique()
      table.string('default_locale', 5).notNullable().defaultTo('en')
      table.string('timezone', 64).notNullable().defaultTo('UTC')
      table.string('currency', 3).notNullable().defaultTo('SAR')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })
    this.schema.raw(
      `ALTER TABLE organizations ADD CONSTRAINT organizations_default_locale_check CHECK (default_locale IN ('en', 'ar'))`
    )
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
