import { BaseSchema } from '@adonisjs/lucid/schema'
import type { Knex } from 'knex'

/**
 * The CRM core: leads, deal stages and deals (with stage history), tasks and
 * activities, plus each organization's lead-capture settings and a lead
 * summary per status that triggers keep exact after every change.
 */
export default class extends BaseSchema {
  async up() {
    // Agencies that exist already get the default pipeline (see app/crm/default_stages.ts).
    const tenant = (table: Knex.CreateTableBuilder) => {
      table.bigIncrements('id')
      table
        .bigInteger('organization_id')
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
    }
    const user = (table: Knex.CreateTableBuilder, column: string) =>
      table.bigInteger(column).nullable().references('id').inTable('users').onDelete('SET NULL')
    const record = (table: Knex.CreateTableBuilder) => {
      table.jsonb('custom').notNullable().defaultTo('{}')
      table.integer('version').notNullable().defaultTo(1)
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.timestamp('deleted_at', { useTz: true }).nullable()
    }

    this.schema.alterTable('organizations', (table) => {
      table.jsonb('lead_sources').nullable()
      table.string('lead_assignment', 20).notNullable().defaultTo('round_robin')
      user(table, 'lead_assignee_id')
      table.bigInteger('last_assigned_user_id').nullable()
      table.specificType('allowed_origins', 'text[]').notNullable().defaultTo('{}')
    })

    this.schema.createTable('deal_stages', (table) => {
      tenant(table)
      table.string('name_en', 80).notNullable()
      table.string('name_ar', 80).notNullable()
      table.integer('probability').notNullable()
      table.integer('position').notNullable()
      table.string('outcome', 10).notNullable().defaultTo('open')
      record(table)
      table.index(['organization_id', 'position'])
    })

    this.schema.createTable('leads', (table) => {
      tenant(table)
      table.string('name', 200).notNullable()
      table.string('email', 254).nullable()
      table.string('phone', 20).nullable()
      table.string('company_name', 200).nullable()
      table.string('source', 40).nullable()
      table.string('status', 20).notNullable().defaultTo('new')
      table.string('lost_reason', 500).nullable()
      table.decimal('value', 14, 2).nullable()
      table.string('value_currency', 3).nullable()
      user(table, 'owner_id')
      user(table, 'assignee_id')
      table.specificType('tags', 'text[]').notNullable().defaultTo('{}')
      table.text('notes').nullable()
      table
        .bigInteger('contact_id')
        .nullable()
        .references('id')
        .inTable('contacts')
        .onDelete('SET NULL')
      table.bigInteger('converted_deal_id').nullable()
      table.timestamp('converted_at', { useTz: true }).nullable()
      record(table)
    })

    this.schema.createTable('deals', (table) => {
      tenant(table)
      table.string('title', 200).notNullable()
      table.decimal('value', 14, 2).nullable()
      table.string('value_currency', 3).nullable()
      table
        .bigInteger('stage_id')
        .notNullable()
        .references('id')
        .inTable('deal_stages')
        .onDelete('RESTRICT')
      table.double('position').notNullable().defaultTo(0)
      table.integer('probability').notNullable().defaultTo(0)
      table.date('expected_close_date').nullable()
      table
        .bigInteger('contact_id')
        .nullable()
        .references('id')
        .inTable('contacts')
        .onDelete('SET NULL')
      table
        .bigInteger('company_id')
        .nullable()
        .references('id')
        .inTable('companies')
        .onDelete('SET NULL')
      table.bigInteger('lead_id').nullable().references('id').inTable('leads').onDelete('SET NULL')
      user(table, 'owner_id')
      user(table, 'assignee_id')
      table.string('close_reason', 500).nullable()
      table.timestamp('closed_at', { useTz: true }).nullable()
      table.timestamp('stage_entered_at', { useTz: true }).notNullable()
      table.specificType('tags', 'text[]').notNullable().defaultTo('{}')
      record(table)
    })
    this.schema.alterTable('leads', (table) => {
      table.foreign('converted_deal_id').references('id').inTable('deals').onDelete('SET NULL')
    })

    this.schema.createTable('deal_stage_changes', (table) => {
      tenant(table)
      table
        .bigInteger('deal_id')
        .notNullable()
        .references('id')
        .inTable('deals')
        .onDelete('CASCADE')
      table.bigInteger('from_stage_id').nullable()
      table.bigInteger('to_stage_id').notNullable()
      user(table, 'user_id')
      table.timestamp('entered_at', { useTz: true }).notNullable()
      table.timestamp('left_at', { useTz: true }).nullable()
      table.index(['deal_id', 'entered_at'])
    })

    this.schema.createTable('tasks', (table) => {
      tenant(table)
      table.string('title', 200).notNullable()
      table.text('description').nullable()
      table.string('status', 20).notNullable().defaultTo('todo')
      table.string('priority', 10).notNullable().defaultTo('medium')
      table.timestamp('due_at', { useTz: true }).nullable()
      user(table, 'assignee_id')
      user(table, 'creator_id')
      table.bigInteger('lead_id').nullable().references('id').inTable('leads').onDelete('CASCADE')
      table.bigInteger('deal_id').nullable().references('id').inTable('deals').onDelete('CASCADE')
      table
        .bigInteger('contact_id')
        .nullable()
        .references('id')
        .inTable('contacts')
        .onDelete('CASCADE')
      table
        .bigInteger('company_id')
        .nullable()
        .references('id')
        .inTable('companies')
        .onDelete('CASCADE')
      table.timestamp('completed_at', { useTz: true }).nullable()
      record(table)
    })

    this.schema.createTable('activities', (table) => {
      tenant(table)
      table.string('type', 20).notNullable()
      table.string('subject', 200).nullable()
      table.text('body').nullable()
      table.timestamp('occurred_at', { useTz: true }).notNullable()
      user(table, 'author_id')
      table.bigInteger('lead_id').nullable().references('id').inTable('leads').onDelete('CASCADE')
      table.bigInteger('deal_id').nullable().references('id').inTable('deals').onDelete('CASCADE')
      table
        .bigInteger('contact_id')
        .nullable()
        .references('id')
        .inTable('contacts')
        .onDelete('CASCADE')
      table
        .bigInteger('company_id')
        .nullable()
        .references('id')
        .inTable('companies')
        .onDelete('CASCADE')
      table.string('call_direction', 10).nullable()
      table.integer('call_duration').nullable()
      table.string('call_outcome', 20).nullable()
      table.string('property_ref', 80).nullable()
      record(table)
    })

    this.schema.createTable('lead_summaries', (table) => {
      table
        .bigInteger('organization_id')
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.string('status', 20).notNullable()
      table.bigInteger('count').notNullable().defaultTo(0)
      table.decimal('value_sum', 18, 2).notNullable().defaultTo(0)
      table.primary(['organization_id', 'status'])
    })

    const live = 'WHERE deleted_at IS NULL'
    const raw = (sql: string) => this.schema.raw(sql)
    raw(
      `CREATE INDEX leads_org_created_idx ON leads (organization_id, created_at DESC, id DESC) ${live}`
    )
    raw(
      `CREATE INDEX leads_org_status_created_idx ON leads (organization_id, status, created_at DESC, id DESC) ${live}`
    )
    raw(
      `CREATE INDEX leads_org_owner_created_idx ON leads (organization_id, owner_id, created_at DESC) ${live}`
    )
    raw(`CREATE INDEX leads_org_assignee_idx ON leads (organization_id, assignee_id) ${live}`)
    raw(`CREATE INDEX leads_org_source_idx ON leads (organization_id, source) ${live}`)
    raw('CREATE INDEX leads_org_email_idx ON leads (organization_id, lower(email))')
    raw('CREATE INDEX leads_org_phone_idx ON leads (organization_id, phone)')
    raw(
      `CREATE INDEX leads_org_deleted_idx ON leads (organization_id, deleted_at) WHERE deleted_at IS NOT NULL`
    )
    raw('CREATE INDEX leads_name_trgm_idx ON leads USING GIN (name gin_trgm_ops)')
    raw('CREATE INDEX leads_email_trgm_idx ON leads USING GIN (email gin_trgm_ops)')
    raw('CREATE INDEX leads_phone_trgm_idx ON leads USING GIN (phone gin_trgm_ops)')
    raw('CREATE INDEX leads_tags_idx ON leads USING GIN (tags)')
    raw('CREATE INDEX leads_custom_idx ON leads USING GIN (custom jsonb_path_ops)')

    raw(
      `CREATE INDEX deals_org_stage_position_idx ON deals (organization_id, stage_id, position, id) ${live}`
    )
    raw(
      `CREATE INDEX deals_org_created_idx ON deals (organization_id, created_at DESC, id DESC) ${live}`
    )
    raw(`CREATE INDEX deals_org_owner_idx ON deals (organization_id, owner_id) ${live}`)
    raw(`CREATE INDEX deals_org_assignee_idx ON deals (organization_id, assignee_id) ${live}`)
    raw('CREATE INDEX deals_lead_idx ON deals (lead_id)')
    raw('CREATE INDEX deals_contact_idx ON deals (contact_id)')
    raw('CREATE INDEX deals_company_idx ON deals (company_id)')
    raw('CREATE INDEX deals_title_trgm_idx ON deals USING GIN (title gin_trgm_ops)')
    raw('CREATE INDEX deals_custom_idx ON deals USING GIN (custom jsonb_path_ops)')

    raw(
      `CREATE INDEX tasks_org_assignee_due_idx ON tasks (organization_id, assignee_id, status, due_at) ${live}`
    )
    raw(
      `CREATE INDEX tasks_org_created_idx ON tasks (organization_id, created_at DESC, id DESC) ${live}`
    )
    raw(`CREATE INDEX tasks_org_due_idx ON tasks (organization_id, due_at) ${live}`)
    for (const column of ['lead_id', 'deal_id', 'contact_id', 'company_id']) {
      raw(`CREATE INDEX tasks_${column}_idx ON tasks (${column}) WHERE ${column} IS NOT NULL`)
      raw(
        `CREATE INDEX activities_${column}_idx ON activities (${column}, occurred_at DESC, id DESC) WHERE ${column} IS NOT NULL AND deleted_at IS NULL`
      )
    }
    raw('CREATE INDEX tasks_title_trgm_idx ON tasks USING GIN (title gin_trgm_ops)')
    raw('CREATE INDEX activities_subject_trgm_idx ON activities USING GIN (subject gin_trgm_ops)')
    raw(
      `CREATE INDEX activities_org_occurred_idx ON activities (organization_id, occurred_at DESC, id DESC) ${live}`
    )
    raw(
      `CREATE INDEX activities_org_author_idx ON activities (organization_id, author_id, occurred_at DESC) ${live}`
    )

    raw(`
      CREATE OR REPLACE FUNCTION lead_summary_apply(org bigint, lead_status text, delta_count int, delta_value numeric)
      RETURNS void LANGUAGE sql AS $$
        INSERT INTO lead_summaries (organization_id, status, count, value_sum)
        VALUES (org, lead_status, delta_count, delta_value)
        ON CONFLICT (organization_id, status) DO UPDATE
          SET count = lead_summaries.count + EXCLUDED.count,
              value_sum = lead_summaries.value_sum + EXCLUDED.value_sum
      $$`)
    raw(`
      CREATE OR REPLACE FUNCTION lead_summary_track() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.deleted_at IS NULL THEN
          PERFORM lead_summary_apply(OLD.organization_id, OLD.status, -1, -COALESCE(OLD.value, 0));
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.deleted_at IS NULL THEN
          PERFORM lead_summary_apply(NEW.organization_id, NEW.status, 1, COALESCE(NEW.value, 0));
        END IF;
        RETURN NULL;
      END $$`)
    raw(`
      INSERT INTO deal_stages (organization_id, name_en, name_ar, probability, position, outcome, created_at, updated_at)
      SELECT organizations.id, stage.name_en, stage.name_ar, stage.probability, stage.position, stage.outcome, now(), now()
      FROM organizations CROSS JOIN (VALUES
        ('Qualification', 'التأهيل', 10, 10, 'open'), ('Discovery', 'الاستكشاف', 25, 20, 'open'),
        ('Proposal', 'العرض', 50, 30, 'open'), ('Negotiation', 'التفاوض', 75, 40, 'open'),
        ('Won', 'ناجحة', 100, 50, 'won'), ('Lost', 'خاسرة', 0, 60, 'lost')
      ) AS stage (name_en, name_ar, probability, position, outcome)`)
    raw(`
      CREATE TRIGGER leads_summary AFTER INSERT OR DELETE OR UPDATE OF status, value, deleted_at
      ON leads FOR EACH ROW EXECUTE FUNCTION lead_summary_track()`)
  }

  async down() {
    this.schema.raw('DROP TRIGGER IF EXISTS leads_summary ON leads')
    this.schema.raw('DROP FUNCTION IF EXISTS lead_summary_track()')
    this.schema.raw('DROP FUNCTION IF EXISTS lead_summary_apply(bigint, text, int, numeric)')
    this.schema.alterTable('leads', (table) => table.dropForeign('converted_deal_id'))
    for (const name of [
      'lead_summaries',
      'activities',
      'tasks',
      'deal_stage_changes',
      'deals',
      'leads',
      'deal_stages',
    ]) {
      this.schema.dropTable(name)
    }
    this.schema.alterTable('organizations', (table) => {
      table.dropColumn('lead_sources')
      table.dropColumn('lead_assignment')
      table.dropColumn('lead_assignee_id')
      table.dropColumn('last_assigned_user_id')
      table.dropColumn('allowed_origins')
    })
  }
}
