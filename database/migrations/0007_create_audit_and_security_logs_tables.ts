import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Append-only logs: the database itself refuses UPDATE and DELETE on them.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('audit_logs', (table) => {
      table.bigIncrements('id')
      table.bigInteger('organization_id').nullable().references('id').inTable('organizations')
      // No foreign key on people: the trail outlives deleted users.
      table.bigInteger('actor_id').nullable()
      table.string('action', 64).notNullable()
      table.string('entity_type', 64).nullable()
      table.string('entity_id', 64).nullable()
      table.jsonb('changes').nullable()
      table.string('ip', 64).nullable()
      table.string('user_agent', 512).nullable()
      table.string('request_id', 64).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())

      table.index(['organization_id', 'created_at'])
      table.index(['organization_id', 'entity_type', 'entity_id'])
      table.index(['organization_id', 'actor_id', 'created_at'])
    })

    this.schema.createTable('security_logs', (table) => {
      table.bigIncrements('id')
      table.bigInteger('organization_id').nullable().references('id').inTable('organizations')
      table.bigInteger('user_id').nullable()
      table.string('event', 64).notNullable()
      table.jsonb('details').nullable()
      table.string('ip', 64).nullable()
      table.string('user_agent', 512).nullable()
      table.string('request_id', 64).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())

      table.index(['organization_id', 'created_at'])
      table.index(['event', 'created_at'])
    })

    this.schema.raw(`
      CREATE OR REPLACE FUNCTION refuse_log_change() RETURNS trigger AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
      END;
      $$ LANGUAGE plpgsql
    `)
    for (const table of ['audit_logs', 'security_logs']) {
      this.schema.raw(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_log_change()`
      )
    }
  }

  async down() {
    this.schema.dropTable('security_logs')
    this.schema.dropTable('audit_logs')
    this.schema.raw('DROP FUNCTION IF EXISTS refuse_log_change()')
  }
}
