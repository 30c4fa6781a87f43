import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A company's logo: the key of an uploaded image (see FilesController).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('companies', (table) => {
      table.string('logo', 500).nullable()
    })
  }

  async down() {
    this.schema.alterTable('companies', (table) => {
      table.dropColumn('logo')
    })
  }
}
