/*
| Step 1 of the CRM benchmark: the database named by BENCH_DATABASE_URL,
| migrated, with 20 organizations (slugs bench-org-01…20) of 10 users each
| and the bulk rows of seed_data.ts; a second run finds them and reuses them.
| Also makes the bearer token the load runs with: a personal token (no
| expiry) of the first manager of bench-org-01.
|
| Users of bench-org-NN: owner0@, admin1@, manager2@, manager3@ and
| broker4@ … broker9@bench-org-NN.example, password "bench-password-2026"
| (hashed once with the app's hash service).
*/
import pg from 'pg'
import { ensureDatabase } from '../import.ts'
import { withConsoleApp, runMigrations } from './console_app.ts'
import { isLoaded, loadRows, vacuum, type SeedOrganization } from './seed_data.ts'

export const ORGANIZATIONS = 20
export const PASSWORD = 'bench-password-2026'
/** Leads created by R5 have e-mails on this domain; they are removed after each run. */
export const CREATED_DOMAIN = 'r5.bench.example'
const TOKEN_NAME = 'crm-bench'

const ROLES = ['owner', 'admin', 'manager', 'manager', ...Array(6).fill('broker')] as const
const STAFF = [
  'نايف الراشد',
  'Dina Haddad',
  'سلمان العمري',
  'Karim Nasser',
  'عبدالرحمن السالم',
  'Hassan Karim',
  'ريما الحسن',
  'Youssef Nader',
  'منيرة العلي',
  'Tariq Aziz',
]

export type Workload = {
  organizationId: number
  organizationSlug: string
  managerId: number
  managerEmail: string
  token: string
  /** what seeding did, and how long it took */
  seeding: { loaded: boolean; seconds: number }
}

export const slugOf = (number: number) => `bench-org-${String(number).padStart(2, '0')}`

async function organizationsAndUsers(log: (line: string) => void) {
  const { default: db } = await import('@adonisjs/lucid/services/db')
  const { default: hash } = await import('@adonisjs/core/services/hash')
  const { default: Organization } = await import('#identity/models/organization')
  const password = await hash.make(PASSWORD)
  const organizations: SeedOrganization[] = []
  let created = 0
  for (let number = 1; number <= ORGANIZATIONS; number++) {
    const slug = slugOf(number)
    let organization = await Organization.findBy('slug', slug)
    if (!organization) {
      // through the model: its hook gives the agency its default pipeline
      organization = await Organization.create({
        name: `Bench Realty ${String(number).padStart(2, '0')}`,
        slug,
        defaultLocale: 'en',
        timezone: 'Asia/Riyadh',
        currency: 'SAR',
      })
      created++
    }
    const now = new Date()
    await db
      .table('users')
      .multiInsert(
        ROLES.map((role, index) => ({
          organization_id: organization.id,
          name: STAFF[index],
          email: `${role}${index}@${slug}.example`,
          password,
          role,
          status: 'active',
          locale: 'en',
          timezone: 'Asia/Riyadh',
          created_at: now,
          updated_at: now,
        }))
      )
      .knexQuery.onConflict()
      .ignore()
    const brokers = await db
      .from('users')
      .where('organization_id', organization.id)
      .where('role', 'broker')
      .orderBy('id')
      .select('id')
    organizations.push({ id: organization.id, number, brokerIds: brokers.map((row) => row.id) })
  }
  if (created) log(`  created ${created} organizations with their users and pipelines`)
  return organizations
}

async function managerToken(organizationId: number) {
  const { default: db } = await import('@adonisjs/lucid/services/db')
  const { default: User } = await import('#identity/models/user')
  const manager = await User.query()
    .where('organization_id', organizationId)
    .where('role', 'manager')
    .orderBy('id')
    .firstOrFail()
  await db
    .from('auth_access_tokens')
    .where('tokenable_id', manager.id)
    .where('name', TOKEN_NAME)
    .delete()
  const token = await User.personalTokens.create(manager, ['*'], { name: TOKEN_NAME })
  return { manager, token: token.value!.release() }
}

/**
 * Removes the leads R5 created (the dataset stays 1,000,000 leads); the
 * leads_summary trigger takes them out of lead_summaries. The vacuum sets
 * the visibility map again, so the next run's counts stay index-only.
 */
export async function removeCreatedLeads(client: pg.Client, organizationId: number) {
  const { rowCount } = await client.query(
    'DELETE FROM leads WHERE organization_id = $1 AND email LIKE $2',
    [organizationId, `%@${CREATED_DOMAIN}`]
  )
  await client.query('VACUUM (ANALYZE) leads, audit_logs')
  return rowCount ?? 0
}

export async function seedWorkload(databaseUrl: string, log: (line: string) => void) {
  const started = performance.now()
  await ensureDatabase(databaseUrl)
  const setup = await withConsoleApp(databaseUrl, async () => {
    const migrationStart = performance.now()
    await runMigrations()
    log(
      `  migrations checked/applied in ${((performance.now() - migrationStart) / 1000).toFixed(1)} s`
    )
    const organizations = await organizationsAndUsers(log)
    const { manager, token } = await managerToken(organizations[0].id)
    return { organizations, manager, token }
  })
  log(
    `  app booted, organizations, users and token ready at ${((performance.now() - started) / 1000).toFixed(1)} s`
  )
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  let loaded = false
  try {
    await removeCreatedLeads(client, setup.organizations[0].id)
    if (!(await isLoaded(client, setup.organizations))) {
      log('  loading the bulk rows (one transaction)…')
      await loadRows(client, setup.organizations, log)
      loaded = true
    }
    const vacuumStart = performance.now()
    await vacuum(client)
    log(`  VACUUM (ANALYZE) in ${((performance.now() - vacuumStart) / 1000).toFixed(1)} s`)
  } finally {
    await client.end()
  }
  return {
    organizationId: setup.organizations[0].id,
    organizationSlug: slugOf(1),
    managerId: setup.manager.id,
    managerEmail: setup.manager.email,
    token: setup.token,
    seeding: {
      loaded,
      seconds: (performance.now() - started) / 1000,
    },
  } satisfies Workload
}
