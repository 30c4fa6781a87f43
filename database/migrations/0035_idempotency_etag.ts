import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A replayed reply carries the first one's ETag too, so a client that
 * retried a create can still send `If-Match` with it.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('idempotency_keys', (table) => {
      table.string('etag', 100).nullable()
    })
  }

  async down() {
    this.schema.alterTable('idempotency_keys', (table) => {
      table.dropColumn('etag')
    })
  }
}
