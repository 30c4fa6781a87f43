/*
| Import benchmark: 100,000 contacts from a CSV, duplicates matched on
| e-mail, through the engine's own upload → dry run → commit functions.
|
|   npm run bench -- import [rows]
|
| Database: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/nova_bench),
| created and migrated when missing. Each run uses a fresh organization and
| removes its contacts and imports afterwards (BENCH_KEEP=1 keeps them).
*/
import 'reflect-metadata'
import { randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, rm, stat } from 'node:fs/promises'
import { once } from 'node:events'
import { finished } from 'node:stream/promises'
import { join } from 'node:path'
import pg from 'pg'
import { Ignitor } from '@adonisjs/core'

const APP_ROOT = new URL('../', import.meta.url)
const DEFAULT_DATABASE = 'postgres://postgres@127.0.0.1:5432/nova_bench'
const DUPLICATE_EVERY = 100
const CITIES = ['الرياض', 'Jeddah', 'الدمام', 'Mecca', 'المدينة المنورة', 'Khobar', 'Abha']
const SOURCES = ['website', 'إحالة', 'Walk-in', 'social', 'بوابة عقارية', 'other']
const FIRST = ['محمد', 'Sara', 'عبدالله', 'Layla', 'فهد', 'Omar', 'نورة', 'Huda', 'خالد', 'Reem']
const LAST = ['العتيبي', 'Haddad', 'القحطاني', 'Saleh', 'الشمري', 'Nasser', 'الدوسري', 'Ali']
const MOBILE_PREFIXES = ['50', '53', '54', '55', '56', '57', '58', '59']

/**
 * A small deterministic generator (mulberry32): the same file every run.
 */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export async function ensureDatabase(url: string) {
  const target = new URL(url)
  const name = target.pathname.slice(1)
  const admin = new URL(url)
  admin.pathname = '/postgres'
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replaceAll('"', '')}"`)
  } finally {
    await client.end()
  }
}

/**
 * The CSV: `rows` contacts with unique e-mails, every 100th one repeating
 * (in upper case) the e-mail of a contact that already exists.
 */
async function writeCsv(path: string, rows: number) {
  const next = random(20_240_601)
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]
  const stream = createWriteStream(path)
  const write = async (text: string) => {
    if (!stream.write(text)) await once(stream, 'drain')
  }
  await write('\uFEFFName,E-mail,Phone,City,Source,Tags\r\n')
  let chunk = ''
  for (let index = 0; index < rows; index++) {
    const duplicate = index % DUPLICATE_EVERY === 0
    const email = duplicate
      ? `EXISTING${index / DUPLICATE_EVERY}@bench.example`
      : `contact${index}@bench.example`
    const phone = `0${pick(MOBILE_PREFIXES)}${String(Math.floor(next() * 1e7)).padStart(7, '0')}`
    const tags = next() < 0.3 ? '"vip;lead"' : ''
    chunk += `${pick(FIRST)} ${pick(LAST)},${email},${phone},${pick(CITIES)},${pick(SOURCES)},${tags}\r\n`
    if (chunk.length > 64 * 1024) {
      await write(chunk)
      chunk = ''
    }
  }
  await write(chunk)
  stream.end()
  await finished(stream)
}

function seconds(from: bigint) {
  return Number(process.hrtime.bigint() - from) / 1e9
}

async function measure(rows: number) {
  const { default: db } = await import('@adonisjs/lucid/services/db')
  const { default: app } = await import('@adonisjs/core/services/app')
  const { default: i18nManager } = await import('@adonisjs/i18n/services/main')
  const { MigrationRunner } = await import('@adonisjs/lucid/migration')
  const { tenantContext } = await import('#core/tenancy/tenant_context')
  const { default: Organization } = await import('#identity/models/organization')
  const { default: User } = await import('#identity/models/user')
  const { RESOURCES } = await import('#resources/registry')
  const { ResourceContext } = await import('#resources/engine/resource_context')
  const { createImport } = await import('#resources/imports/upload_import')
  const { dryRunImport } = await import('#resources/imports/dry_run_import')
  const { runImport } = await import('#resources/imports/run_import')
  const { importSettings, reportPathOf } = await import('#resources/imports/import_settings')
  const { default: Import } = await import('#resources/imports/models/import')

  const migrator = new MigrationRunner(db, app, { direction: 'up', dryRun: false })
  await migrator.run()
  if (migrator.error) throw migrator.error

  const suffix = randomUUID().slice(0, 8)
  const organization = await Organization.create({
    name: `Import benchmark ${suffix}`,
    slug: `import-bench-${suffix}`,
    defaultLocale: 'en',
    timezone: 'Asia/Riyadh',
    currency: 'SAR',
  })
  const relativePath = join(importSettings().directory, `bench-${suffix}`)
  const path = app.makePath(relativePath)
  try {
    await tenantContext.run(organization.id, async () => {
      const user = await User.create({
        organizationId: organization.id,
        name: 'Benchmark admin',
        email: `bench-${suffix}@bench.example`,
        password: randomUUID(),
        role: 'admin',
        status: 'active',
      })
      const existing = Math.ceil(rows / DUPLICATE_EVERY)
      for (let start = 0; start < existing; start += 1000) {
        const now = new Date()
        const batch = Array.from({ length: Math.min(1000, existing - start) }, (_, offset) => ({
          organization_id: organization.id,
          name: `Existing ${start + offset}`,
          email: `existing${start + offset}@bench.example`,
          owner_id: user.id,
          created_at: now,
          updated_at: now,
        }))
        await db.table('contacts').multiInsert(batch)
      }

      await mkdir(app.makePath(importSettings().directory), { recursive: true })
      await writeCsv(path, rows)
      const { size } = await stat(path)
      console.log(
        `CSV: ${rows.toLocaleString('en')} rows, ${(size / 1024 / 1024).toFixed(1)} MB; ` +
          `${existing.toLocaleString('en')} existing contacts to match on e-mail`
      )

      const context = await ResourceContext.for(RESOURCES.contacts, user, i18nManager.locale('en'))
      const started = process.hrtime.bigint()
      const { file } = await createImport(context, { relativePath, fileName: 'contacts.csv' })
      const uploadTime = seconds(started)

      const dryRunStart = process.hrtime.bigint()
      const choices = { mapping: file.mapping, matchKey: 'email', mode: 'skip' as const }
      await dryRunImport(context, file, choices)
      const dryRunTime = seconds(dryRunStart)

      const commitStart = process.hrtime.bigint()
      file.merge({ status: 'running', processedRows: 0 })
      await file.save()
      await runImport(file.id)
      const commitTime = seconds(commitStart)
      const total = seconds(started)

      const done = await Import.findOrFail(file.id)
      if (done.status !== 'completed') throw new Error(`Import ${done.status}: ${done.failure}`)
      const [{ count }] = await db
        .from('contacts')
        .where('organization_id', organization.id)
        .count('* as count')
      const peakRss = process.resourceUsage().maxRSS / 1024
      console.log(`mapping: ${JSON.stringify(file.mapping)}`)
      console.log(
        `result: created ${done.createdCount}, updated ${done.updatedCount}, ` +
          `skipped ${done.skippedCount}, rejected ${done.errorCount}; contacts now ${count}`
      )
      console.log(
        `upload ${uploadTime.toFixed(2)} s | dry run ${dryRunTime.toFixed(2)} s | ` +
          `commit ${commitTime.toFixed(2)} s`
      )
      console.log(
        `total: ${total.toFixed(2)} s, ${Math.round(rows / total).toLocaleString('en')} rows/s`
      )
      console.log(`commit alone: ${Math.round(rows / commitTime).toLocaleString('en')} rows/s`)
      console.log(`peak RSS: ${peakRss.toFixed(0)} MB`)
      if (total >= 60) {
        console.error(`FAIL: ${total.toFixed(1)} s is over the 60 s budget`)
        process.exitCode = 1
      }
      await rm(reportPathOf(path), { force: true })
    })
  } finally {
    await rm(path, { force: true })
    // The organization, its user and audit entries stay (the audit log is
    // append-only); its contacts and imports go.
    if (!process.env.BENCH_KEEP) {
      await db.from('imports').where('organization_id', organization.id).delete()
      await db.from('contacts').where('organization_id', organization.id).delete()
    }
  }
}

export async function run(args: string[]) {
  const rows = Number(args[0] ?? 100_000)
  const url = process.env.BENCH_DATABASE_URL ?? DEFAULT_DATABASE
  await ensureDatabase(url)
  process.env.DATABASE_URL = url
  // The test environment: quiet logs, no schema-file regeneration.
  process.env.NODE_ENV = 'test'

  const importer = (filePath: string) =>
    filePath.startsWith('./') || filePath.startsWith('../')
      ? import(new URL(filePath, APP_ROOT).href)
      : import(filePath)
  const app = new Ignitor(APP_ROOT, { importer })
    .tap((application) => {
      application.booting(async () => {
        await import('#start/env')
      })
    })
    .createApp('console')
  await app.init()
  await app.boot()
  await app.start(async () => {
    try {
      await measure(rows)
    } finally {
      const { default: db } = await import('@adonisjs/lucid/services/db')
      await db.manager.closeAll()
    }
  })
  await app.terminate()
}
