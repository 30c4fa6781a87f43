import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('users', (table) => {
      table.timestamp('email_verified_at', { useTz: true }).nullable()
    })

    // Single-use links sent by e-mail (password reset, e-mail verification), hashed.
    this.schema.createTable('account_tokens', (table) => {
      table.bigIncrements('id')
      table
        .bigInteger('user_id')
        .notNullable()
        .references('id')
        .inTable('users')
        .onDelete('CASCADE')
      table.string('purpose', 32).notNullable()
      table.string('hash', 64).notNullable().unique()
      table.timestamp('expires_at', { useTz: true }).notNullable()
      table.timestamp('used_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.index(['user_id', 'purpose'])
    })

    this.schema.createTable('invitations', (table) => {
      table.bigIncrements('id')
      table
        .bigInteger('organization_id')
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.string('email', 254).notNullable()
      table.string('role', 16).notNullable()
      table.string('hash', 64).notNullable().unique()
      table
        .bigInteger('invited_by_id')
        .nullable()
        .references('id')
        .inTable('users')
        .onDelete('SET NULL')
      table.timestamp('expires_at', { useTz: true }).notNullable()
      table.timestamp('accepted_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['organization_id', 'email'])
    })

    // Where mails go when no SMTP server is configured: kept, to be read.
    this.schema.createTable('mail_outbox', (table) => {
      table.bigIncrements('id')
      table.text('to').notNullable()
      table.string('subject', 500).notNullable()
      table.text('html').nullable()
      table.text('text').nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
    })
  }

  async down() {
    this.schema.dropTable('mail_outbox')
    this.schema.dropTable('invitations')
    this.schema.dropTable('account_tokens')
    this.schema.alterTable('users', (table) => table.dropColumn('email_verified_at'))
  }
}
