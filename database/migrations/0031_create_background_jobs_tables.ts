import { BaseSchema } from '@adonisjs/lucid/schema'
import { QueueSchemaService } from '@adonisjs/queue'

/**
 * Background work: the queue's own tables (jobs and schedules, used by the
 * database driver), the jobs that failed for good (kept for an admin to
 * retry or discard, whichever driver ran them), and what makes a retried
 * job harmless: mails already sent, reminders already given, digests
 * already delivered, notifications already created for one event.
 */
export default class extends BaseSchema {
  async up() {
    const queueSchema = new QueueSchemaService(this.db.getWriteClient())
    await queueSchema.createJobsTable()
    await queueSchema.createSchedulesTable()

    this.schema.createTable('failed_jobs', (table) => {
      table.bigIncrements('id')
      table
        .bigInteger('organization_id')
        .nullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.string('queue', 100).notNullable()
      table.string('job', 100).notNullable()
      table.jsonb('payload').notNullable()
      table.text('error').notNullable()
      table.integer('attempts').notNullable()
      table.timestamp('failed_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.index(['organization_id', 'failed_at'])
    })

    this.schema.createTable('sent_mails', (table) => {
      table.string('key', 200).primary()
      table.timestamp('sent_at', { useTz: true }).notNullable().defaultTo(this.now())
    })

    // One reminder per task, kind and due date: moving the due date re-arms it.
    this.schema.createTable('task_reminders', (table) => {
      table
        .bigInteger('task_id')
        .notNullable()
        .references('id')
        .inTable('tasks')
        .onDelete('CASCADE')
      table.string('kind', 20).notNullable()
      table.timestamp('due_at', { useTz: true }).notNullable()
      table.timestamp('sent_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.primary(['task_id', 'kind', 'due_at'])
      table.check("kind in ('due_soon', 'overdue')")
    })
    // Open tasks by due date, for the reminder sweep over every organization.
    this.schema.raw(
      "create index tasks_open_due_at_index on tasks (due_at) where deleted_at is null and status <> 'done' and due_at is not null"
    )

    this.schema.createTable('digest_deliveries', (table) => {
      table
        .bigInteger('user_id')
        .notNullable()
        .references('id')
        .inTable('users')
        .onDelete('CASCADE')
      table.date('day').notNullable()
      table.primary(['user_id', 'day'])
    })
    this.schema.alterTable('users', (table) => {
      table.boolean('daily_digest').notNullable().defaultTo(false)
    })
    // shown at the top of every mail: a public https address of the logo
    this.schema.alterTable('organizations', (table) => {
      table.string('logo_url', 500).nullable()
    })

    this.schema.alterTable('notifications', (table) => {
      table.uuid('delivery_key').nullable()
      table.unique(['user_id', 'delivery_key'])
    })

    this.schema.alterTable('mail_outbox', (table) => {
      table
        .bigInteger('organization_id')
        .nullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.index(['organization_id', 'created_at'])
    })
  }

  async down() {
    this.schema.alterTable('mail_outbox', (table) => table.dropColumn('organization_id'))
    this.schema.alterTable('notifications', (table) => {
      table.dropUnique(['user_id', 'delivery_key'])
      table.dropColumn('delivery_key')
    })
    this.schema.alterTable('organizations', (table) => table.dropColumn('logo_url'))
    this.schema.alterTable('users', (table) => table.dropColumn('daily_digest'))
    this.schema.dropTable('digest_deliveries')
    this.schema.raw('drop index if exists tasks_open_due_at_index')
    this.schema.dropTable('task_reminders')
    this.schema.dropTable('sent_mails')
    this.schema.dropTable('failed_jobs')
    const queueSchema = new QueueSchemaService(this.db.getWriteClient())
    await queueSchema.dropSchedulesTable()
    await queueSchema.dropJobsTable()
  }
}
