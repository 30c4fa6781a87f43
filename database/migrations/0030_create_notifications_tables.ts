import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The notification center: what each user was told (rendered in their
 * language when read, from `type` and `data`), and which types they want
 * in the app and by e-mail (a missing row means the type's default).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('notifications', (table) => {
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
      table.string('type', 60).notNullable()
      table.string('priority', 10).notNullable().defaultTo('normal')
      table.jsonb('data').notNullable().defaultTo('{}')
      table.string('url', 500).nullable()
      table.timestamp('read_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.check("priority in ('low', 'normal', 'high')")
    })
    // The bell's unread count and the newest-first list are both one index range.
    this.schema.raw(
      'create index notifications_user_read_created_index on notifications (user_id, read_at, created_at desc)'
    )

    this.schema.createTable('notification_preferences', (table) => {
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
      table.string('type', 60).notNullable()
      table.boolean('in_app').notNullable()
      table.boolean('email').notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.unique(['user_id', 'type'])
    })
  }

  async down() {
    this.schema.dropTable('notification_preferences')
    this.schema.dropTable('notifications')
  }
}
