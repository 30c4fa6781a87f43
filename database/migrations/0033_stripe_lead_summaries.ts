import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The dashboard's lead figures, kept in several rows ("stripes") per
 * organization and status instead of one. With one row, every transaction
 * that created or changed a lead of the same status locked that row until
 * it committed, so an agency's concurrent writes (brokers saving, the
 * public form, an import) went one at a time. Each database connection
 * now adds to its own stripe, and readers sum the stripes.
 */
const STRIPES = 16

export default class extends BaseSchema {
  async up() {
    this.schema.raw(`ALTER TABLE lead_summaries ADD COLUMN stripe smallint NOT NULL DEFAULT 0`)
    this.schema.raw(`ALTER TABLE lead_summaries DROP CONSTRAINT lead_summaries_pkey`)
    this.schema.raw(`ALTER TABLE lead_summaries ADD PRIMARY KEY (organization_id, status, stripe)`)
    this.schema.raw(`
      CREATE OR REPLACE FUNCTION lead_summary_apply(org bigint, lead_status text, delta_count int, delta_value numeric)
      RETURNS void LANGUAGE sql AS $$
        INSERT INTO lead_summaries (organization_id, status, stripe, count, value_sum)
        VALUES (org, lead_status, pg_backend_pid() % ${STRIPES}, delta_count, delta_value)
        ON CONFLICT (organization_id, status, stripe) DO UPDATE
          SET count = lead_summaries.count + EXCLUDED.count,
              value_sum = lead_summaries.value_sum + EXCLUDED.value_sum
      $$`)
  }

  async down() {
    this.schema.raw(`
      WITH moved AS (
        DELETE FROM lead_summaries WHERE stripe <> 0
        RETURNING organization_id, status, count, value_sum
      ), totals AS (
        SELECT organization_id, status, sum(count) AS count, sum(value_sum) AS value_sum
        FROM moved GROUP BY organization_id, status
      )
      INSERT INTO lead_summaries (organization_id, status, stripe, count, value_sum)
      SELECT organization_id, status, 0, count, value_sum FROM totals
      ON CONFLICT (organization_id, status, stripe) DO UPDATE
        SET count = lead_summaries.count + EXCLUDED.count,
            value_sum = lead_summaries.value_sum + EXCLUDED.value_sum`)
    this.schema.raw(`ALTER TABLE lead_summaries DROP CONSTRAINT lead_summaries_pkey`)
    this.schema.raw(`ALTER TABLE lead_summaries ADD PRIMARY KEY (organization_id, status)`)
    this.schema.raw(`ALTER TABLE lead_summaries DROP COLUMN stripe`)
    this.schema.raw(`
      CREATE OR REPLACE FUNCTION lead_summary_apply(org bigint, lead_status text, delta_count int, delta_value numeric)
      RETURNS void LANGUAGE sql AS $$
        INSERT INTO lead_summaries (organization_id, status, count, value_sum)
        VALUES (org, lead_status, delta_count, delta_value)
        ON CONFLICT (organization_id, status) DO UPDATE
          SET count = lead_summaries.count + EXCLUDED.count,
              value_sum = lead_summaries.value_sum + EXCLUDED.value_sum
      $$`)
  }
}
