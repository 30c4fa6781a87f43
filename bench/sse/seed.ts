/*
| The fan-out benchmark's data: its own database (SSE_DATABASE_URL, by
| default nova_bench_sse), migrated, with one organization (slug sse-bench)
| and one manager. Every client connects as that manager with a bearer
| token: Transmit keys subscriptions by stream uid, so N streams of one user
| are N subscribers of the organization's channel.
*/
import { randomUUID } from 'node:crypto'
import { ensureDatabase } from '../import.ts'
import { withConsoleApp, runMigrations } from '../crm/console_app.ts'

const SLUG = 'sse-bench'
const MANAGER_EMAIL = 'manager@sse-bench.example'
const TOKEN_NAME = 'sse-bench'
/** leads the broadcasts create have e-mails on this domain (removed after each run) */
export const LEAD_DOMAIN = 'sse.bench.example'

export type FanoutSetup = { organizationId: number; managerId: number; token: string }

async function organizationAndManager() {
  const { default: db } = await import('@adonisjs/lucid/services/db')
  const { default: Organization } = await import('#identity/models/organization')
  const { default: User } = await import('#identity/models/user')
  const { tenantContext } = await import('#core/tenancy/tenant_context')

  const organization =
    (await Organization.findBy('slug', SLUG)) ??
    // through the model: its hook gives the agency its default pipeline
    (await Organization.create({
      name: 'SSE Bench Realty',
      slug: SLUG,
      defaultLocale: 'en',
      timezone: 'Asia/Riyadh',
      currency: 'SAR',
    }))
  return tenantContext.run(organization.id, async () => {
    const manager =
      (await User.query()
        .where('organization_id', organization.id)
        .where('email', MANAGER_EMAIL)
        .first()) ??
      (await User.create({
        organizationId: organization.id,
        name: 'Bench Manager',
        email: MANAGER_EMAIL,
        password: randomUUID(),
        role: 'manager',
        status: 'active',
        locale: 'en',
      }))
    await db
      .from('auth_access_tokens')
      .where('tokenable_id', manager.id)
      .where('name', TOKEN_NAME)
      .delete()
    const token = await User.personalTokens.create(manager, ['*'], { name: TOKEN_NAME })
    return { organizationId: organization.id, managerId: manager.id, token: token.value!.release() }
  })
}

/**
 * Creates and migrates the database when needed; the organization, its
 * manager and a fresh token.
 */
export async function seedFanout(databaseUrl: string): Promise<FanoutSetup> {
  await ensureDatabase(databaseUrl)
  return withConsoleApp(databaseUrl, async () => {
    await runMigrations()
    return organizationAndManager()
  })
}

/**
 * Removes the leads the broadcasts created (the database stays as seeded).
 */
export async function removeBenchLeads(databaseUrl: string, organizationId: number) {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rowCount } = await client.query(
      'DELETE FROM leads WHERE organization_id = $1 AND email LIKE $2',
      [organizationId, `%@${LEAD_DOMAIN}`]
    )
    return rowCount ?? 0
  } finally {
    await client.end()
  }
}
