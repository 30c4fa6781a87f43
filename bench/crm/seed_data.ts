/*
| The CRM workload's bulk rows (../shared/BENCHMARK.md): 50,000 leads and
| 100,000 activities per organization, generated inside PostgreSQL with
| `generate_series`; every "random" value comes from md5 of a fixed seed and
| the row number, so a load gives the same rows every time (timestamps are
| relative to the day of the load, so "the last 730 days" stays true).
|
| The whole load is one transaction: secondary indexes are dropped and
| rebuilt (DROP/CREATE INDEX are transactional, an interrupted load rolls
| back to the previous state), the `leads_summary` trigger is off during the
| insert and `lead_summaries` is filled once with a GROUP BY afterwards.
*/
import type pg from 'pg'

export const LEADS_PER_ORGANIZATION = 50_000
export const ACTIVITIES_PER_ORGANIZATION = 100_000

/** Seeded leads' e-mails end with one of these; R5's never do. */
const DOMAINS = ['gmail.com', 'outlook.com', 'hotmail.com', 'yahoo.com', 'icloud.com', 'mail.sa']

/** [Arabic, Latin] pairs: Arabic-script leads get Latin-script e-mails. */
const FIRST_NAMES = [
  ['محمد', 'Mohammed'],
  ['أحمد', 'Ahmed'],
  ['عبدالله', 'Abdullah'],
  ['خالد', 'Khalid'],
  ['فهد', 'Fahad'],
  ['سعود', 'Saud'],
  ['عمر', 'Omar'],
  ['علي', 'Ali'],
  ['يوسف', 'Youssef'],
  ['إبراهيم', 'Ibrahim'],
  ['سلطان', 'Sultan'],
  ['تركي', 'Turki'],
  ['ناصر', 'Nasser'],
  ['فيصل', 'Faisal'],
  ['ماجد', 'Majed'],
  ['راشد', 'Rashid'],
  ['سارة', 'Sara'],
  ['نورة', 'Noura'],
  ['فاطمة', 'Fatima'],
  ['مريم', 'Maryam'],
  ['ليلى', 'Layla'],
  ['هدى', 'Huda'],
  ['ريم', 'Reem'],
  ['لمى', 'Lama'],
  ['دانة', 'Dana'],
  ['جود', 'Joud'],
  ['عائشة', 'Aisha'],
  ['منى', 'Mona'],
  ['هند', 'Hind'],
  ['أمل', 'Amal'],
]
const LAST_NAMES = [
  ['العتيبي', 'Alotaibi'],
  ['القحطاني', 'Alqahtani'],
  ['الشمري', 'Alshammari'],
  ['الدوسري', 'Aldosari'],
  ['الغامدي', 'Alghamdi'],
  ['الزهراني', 'Alzahrani'],
  ['الحربي', 'Alharbi'],
  ['المطيري', 'Almutairi'],
  ['العنزي', 'Alanazi'],
  ['السبيعي', 'Alsubaie'],
  ['الشهري', 'Alshehri'],
  ['المالكي', 'Almalki'],
  ['حداد', 'Haddad'],
  ['صالح', 'Saleh'],
  ['النعيمي', 'Alnuaimi'],
  ['المنصوري', 'Almansoori'],
  ['الكعبي', 'Alkaabi'],
  ['البلوشي', 'Albalushi'],
  ['الهاشمي', 'Alhashimi'],
  ['الفلاسي', 'Alfalasi'],
]
/** Expatriate clients, Latin script only. */
const OTHER_FIRST = ['James', 'Priya', 'Maria', 'David', 'Elena', 'Rahul', 'Sophie', 'Daniel']
const OTHER_LAST = ['Smith', 'Sharma', 'Garcia', 'Wilson', 'Petrova', 'Khan', 'Martin', 'Brown']
const COMPANIES = [
  'Gulf Real Estate',
  'شركة البناء الحديث',
  'Desert Rose Holdings',
  'مجموعة الأفق',
  'Red Sea Ventures',
  'دار الخليج للتطوير',
  'Palm Properties',
  'مؤسسة النخبة',
  'Skyline Investments',
  'شركة الواحة',
]
const SOURCES = [
  'website',
  'referral',
  'property_portal',
  'walk_in',
  'social',
  'cold_call',
  'card_scan',
]
/** status by weight: 30% new, 20% contacted, 15% qualified, 10% proposal, 10% won, 15% lost */
const STATUS_BY_PERCENT = [
  ...Array(30).fill('new'),
  ...Array(20).fill('contacted'),
  ...Array(15).fill('qualified'),
  ...Array(10).fill('proposal'),
  ...Array(10).fill('won'),
  ...Array(15).fill('lost'),
]
const LOST_REASONS = ['Budget too low', 'اشترى من منافس', 'Not responding', 'غير جاد', 'Timing']
const SA_PREFIXES = ['3', '4', '5', '6', '7', '8', '9'] // +9665X…; R5 uses +96650…
const AE_PREFIXES = ['0', '2', '4', '5', '6', '8'] // +9715X…
const ACTIVITY_TYPES = ['note', 'call', 'email', 'meeting', 'viewing']
const SUBJECTS = [
  ['Follow-up note', 'ملاحظة متابعة', 'Budget discussed', 'طلب تفاصيل إضافية'],
  ['Intro call', 'مكالمة متابعة', 'Callback requested', 'مكالمة تأكيد'],
  ['Sent brochure', 'إرسال العرض', 'Price list e-mailed', 'رد على الاستفسار'],
  ['Office meeting', 'اجتماع في المكتب', 'Contract review', 'اجتماع مع العائلة'],
  ['Villa viewing', 'معاينة شقة', 'Site visit', 'معاينة أرض'],
]

const array = (values: string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(',')}]::text[]`

/** Five independent non-negative 32-bit numbers per row, from two md5s. */
const HASHES = `
  ('x' || substr(h1, 1, 8))::bit(32)::bigint AS r1,
  ('x' || substr(h1, 9, 8))::bit(32)::bigint AS r2,
  ('x' || substr(h1, 17, 8))::bit(32)::bigint AS r3,
  ('x' || substr(h1, 25, 8))::bit(32)::bigint AS r4,
  ('x' || substr(h2, 1, 8))::bit(32)::bigint AS r5,
  ('x' || substr(h2, 9, 8))::bit(32)::bigint AS r6`

/**
 * $1 organization id, $2 its number (1…20), $3 its brokers' ids, $4 the anchor time.
 */
const INSERT_LEADS = `
INSERT INTO leads (organization_id, name, email, phone, company_name, source, status,
  lost_reason, value, value_currency, owner_id, assignee_id, tags, custom, version,
  created_at, updated_at)
SELECT $1::bigint, name, email, phone, company, source, status,
  CASE WHEN status = 'lost' THEN (${array(LOST_REASONS)})[1 + r5 % ${LOST_REASONS.length}] END,
  round((r5 % 500000001) / 100.0, 2), CASE WHEN saudi THEN 'SAR' ELSE 'AED' END,
  owner, owner, '{}', '{}', 1, created, created
FROM (
  SELECT *,
    CASE
      WHEN r1 % 10 < 5 THEN (${array(FIRST_NAMES.map(([ar]) => ar))})[fi] || ' ' || (${array(LAST_NAMES.map(([ar]) => ar))})[li]
      WHEN r1 % 10 < 8 THEN (${array(FIRST_NAMES.map(([, la]) => la))})[fi] || ' ' || (${array(LAST_NAMES.map(([, la]) => la))})[li]
      ELSE (${array(OTHER_FIRST)})[1 + r2 % ${OTHER_FIRST.length}] || ' ' || (${array(OTHER_LAST)})[1 + r3 % ${OTHER_LAST.length}]
    END AS name,
    lower(CASE
      WHEN r1 % 10 < 8 THEN (${array(FIRST_NAMES.map(([, la]) => la))})[fi] || '.' || (${array(LAST_NAMES.map(([, la]) => la))})[li]
      ELSE (${array(OTHER_FIRST)})[1 + r2 % ${OTHER_FIRST.length}] || '.' || (${array(OTHER_LAST)})[1 + r3 % ${OTHER_LAST.length}]
    END) || g || '@' || (${array(DOMAINS)})[1 + r4 % ${DOMAINS.length}] AS email,
    CASE WHEN saudi
      THEN '+9665' || (${array(SA_PREFIXES)})[1 + r6 % ${SA_PREFIXES.length}]
      ELSE '+9715' || (${array(AE_PREFIXES)})[1 + r6 % ${AE_PREFIXES.length}]
    END || lpad(((g * 7919) % 10000000)::text, 7, '0') AS phone,
    CASE WHEN r4 % 3 = 0 THEN NULL ELSE (${array(COMPANIES)})[1 + r5 % ${COMPANIES.length}] END AS company,
    (${array(SOURCES)})[1 + r3 % ${SOURCES.length}] AS source,
    (${array(STATUS_BY_PERCENT)})[1 + r4 % 100] AS status,
    ($3::bigint[])[1 + r2 % cardinality($3::bigint[])] AS owner,
    $4::timestamptz - (r6 % (730 * 86400)) * interval '1 second' AS created
  FROM (
    SELECT *, 1 + r2 % ${FIRST_NAMES.length} AS fi, 1 + r3 % ${LAST_NAMES.length} AS li,
      r1 % 10 < 7 AS saudi
    FROM (
      SELECT g, ${HASHES}
      FROM (
        SELECT ($2::bigint - 1) * ${LEADS_PER_ORGANIZATION} + n AS g,
          md5('nova-bench:lead:' || $2 || ':' || n) AS h1,
          md5('nova-bench:lead-2:' || $2 || ':' || n) AS h2
        FROM generate_series(1, ${LEADS_PER_ORGANIZATION}) AS n
      ) AS seeds
    ) AS hashes
  ) AS picks
) AS rows
ORDER BY created`

/**
 * $1 organization id, $2 its number, $3 its brokers' ids, $4 the anchor time,
 * $5 its leads' ids.
 */
const INSERT_ACTIVITIES = `
INSERT INTO activities (organization_id, type, subject, body, occurred_at, author_id, lead_id,
  call_direction, call_duration, call_outcome, property_ref, custom, version, created_at, updated_at)
SELECT $1::bigint, type,
  (${array(SUBJECTS.flat())})[1 + t * ${SUBJECTS[0].length} + r2 % ${SUBJECTS[0].length}],
  CASE WHEN r3 % 2 = 0 THEN NULL ELSE 'Discussed budget, preferred districts and timing. ناقشنا الميزانية والأحياء المفضلة.' END,
  occurred,
  ($3::bigint[])[1 + r4 % cardinality($3::bigint[])],
  ($5::bigint[])[1 + r5 % cardinality($5::bigint[])],
  CASE WHEN type = 'call' THEN (ARRAY['inbound', 'outbound'])[1 + r3 % 2] END,
  CASE WHEN type = 'call' THEN (r6 % 1800)::int END,
  CASE WHEN type = 'call' THEN (ARRAY['answered', 'no_answer', 'busy', 'voicemail'])[1 + r2 % 4] END,
  CASE WHEN type = 'viewing' THEN 'PR-' || lpad((r6 % 100000)::text, 5, '0') END,
  '{}', 1, occurred, occurred
FROM (
  SELECT *, (r1 % ${ACTIVITY_TYPES.length})::int AS t,
    (${array(ACTIVITY_TYPES)})[1 + r1 % ${ACTIVITY_TYPES.length}] AS type,
    $4::timestamptz - (r6 % (730 * 86400)) * interval '1 second' AS occurred
  FROM (
    SELECT ${HASHES}
    FROM (
      SELECT md5('nova-bench:activity:' || $2 || ':' || n) AS h1,
        md5('nova-bench:activity-2:' || $2 || ':' || n) AS h2
      FROM generate_series(1, ${ACTIVITIES_PER_ORGANIZATION}) AS n
    ) AS seeds
  ) AS hashes
) AS rows
ORDER BY occurred`

export type SeedOrganization = { id: number; number: number; brokerIds: number[] }

/**
 * The secondary indexes of a table (not those behind a constraint), as
 * PostgreSQL would recreate them.
 */
async function secondaryIndexes(client: pg.Client, table: string) {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT i.relname AS name, pg_get_indexdef(x.indexrelid) AS definition
     FROM pg_index x
     JOIN pg_class i ON i.oid = x.indexrelid
     JOIN pg_class t ON t.oid = x.indrelid
     WHERE t.relname = $1 AND t.relnamespace = 'public'::regnamespace
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)`,
    [table]
  )
  return rows
}

/**
 * Replaces every lead and activity of these organizations with the
 * generated ones, in one transaction.
 */
export async function loadRows(
  client: pg.Client,
  organizations: SeedOrganization[],
  log: (line: string) => void
) {
  const ids = organizations.map((organization) => organization.id)
  const step = async (label: string, work: () => Promise<unknown>) => {
    const started = performance.now()
    await work()
    log(`  ${label} (${((performance.now() - started) / 1000).toFixed(1)} s)`)
  }
  await client.query('BEGIN')
  try {
    await client.query("SET LOCAL maintenance_work_mem = '512MB'")
    await client.query('SET LOCAL synchronous_commit = off')
    const { rows: anchor } = await client.query<{ at: Date }>(
      "SELECT date_trunc('day', now()) AS at"
    )
    const indexes = [
      ...(await secondaryIndexes(client, 'leads')),
      ...(await secondaryIndexes(client, 'activities')),
    ]
    await client.query('ALTER TABLE leads DISABLE TRIGGER leads_summary')
    await step('removed earlier rows of these organizations', async () => {
      await client.query('DELETE FROM activities WHERE organization_id = ANY($1)', [ids])
      await client.query('DELETE FROM leads WHERE organization_id = ANY($1)', [ids])
    })
    for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`)

    await step(`inserted ${organizations.length * LEADS_PER_ORGANIZATION} leads`, async () => {
      for (const organization of organizations) {
        await client.query(INSERT_LEADS, [
          organization.id,
          organization.number,
          organization.brokerIds,
          anchor[0].at,
        ])
      }
    })
    await step(
      `inserted ${organizations.length * ACTIVITIES_PER_ORGANIZATION} activities`,
      async () => {
        for (const organization of organizations) {
          const { rows } = await client.query<{ ids: number[] }>(
            'SELECT array_agg(id ORDER BY id) AS ids FROM leads WHERE organization_id = $1',
            [organization.id]
          )
          await client.query(INSERT_ACTIVITIES, [
            organization.id,
            organization.number,
            organization.brokerIds,
            anchor[0].at,
            rows[0].ids,
          ])
        }
      }
    )
    await step(`rebuilt ${indexes.length} indexes`, async () => {
      for (const index of indexes) await client.query(index.definition)
    })
    await step('filled lead_summaries', async () => {
      await client.query('DELETE FROM lead_summaries WHERE organization_id = ANY($1)', [ids])
      await client.query(
        `INSERT INTO lead_summaries (organization_id, status, count, value_sum)
         SELECT organization_id, status, count(*), COALESCE(sum(value), 0)
         FROM leads WHERE organization_id = ANY($1) AND deleted_at IS NULL
         GROUP BY organization_id, status`,
        [ids]
      )
    })
    await client.query('ALTER TABLE leads ENABLE TRIGGER leads_summary')
    await step('committed', () => client.query('COMMIT'))
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  }
}

/**
 * VACUUM (visibility map: index-only scans, as autovacuum keeps a live
 * database) and fresh statistics; after a load and before every run.
 */
export async function vacuum(client: pg.Client) {
  await client.query('VACUUM (ANALYZE) leads, activities, lead_summaries, users, audit_logs')
}

/**
 * Whether every organization holds exactly the generated rows.
 */
export async function isLoaded(client: pg.Client, organizations: SeedOrganization[]) {
  const ids = organizations.map((organization) => organization.id)
  const { rows } = await client.query<{ leads: number; activities: number }>(
    `SELECT (SELECT count(*) FROM leads WHERE organization_id = ANY($1))::int AS leads,
            (SELECT count(*) FROM activities WHERE organization_id = ANY($1))::int AS activities`,
    [ids]
  )
  return (
    rows[0].leads === ids.length * LEADS_PER_ORGANIZATION &&
    rows[0].activities === ids.length * ACTIVITIES_PER_ORGANIZATION
  )
}
