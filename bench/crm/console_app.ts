/*
| Boots the app in this process (console environment, as bench/import.ts
| does) to run its migrations and use its models, then shuts it down.
*/
import 'reflect-metadata'
import { Ignitor } from '@adonisjs/core'

const APP_ROOT = new URL('../../', import.meta.url)

export async function withConsoleApp<T>(databaseUrl: string, work: () => Promise<T>) {
  process.env.DATABASE_URL = databaseUrl
  // The test environment: quiet logs, no schema-file regeneration by migrations.
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
  let result: T | undefined
  await app.start(async () => {
    try {
      result = await work()
    } finally {
      const { default: db } = await import('@adonisjs/lucid/services/db')
      await db.manager.closeAll()
    }
  })
  await app.terminate()
  return result as T
}

/**
 * The app's migrations, as `node ace migration:run --force` runs them.
 */
export async function runMigrations() {
  const { default: db } = await import('@adonisjs/lucid/services/db')
  const { default: app } = await import('@adonisjs/core/services/app')
  const { MigrationRunner } = await import('@adonisjs/lucid/migration')
  const migrator = new MigrationRunner(db, app, { direction: 'up', dryRun: false })
  await migrator.run()
  if (migrator.error) throw migrator.error
}
