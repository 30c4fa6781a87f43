import app from '@adonisjs/core/services/app'
import type importsConfig from '#config/imports'

export type ImportSettings = typeof importsConfig

/**
 * The import limits in force, read at each use so a test can lower them.
 */
export function importSettings(): ImportSettings {
  return app.config.get<ImportSettings>('imports')
}

/**
 * Where an upload and its report live on the local disk.
 */
export function importFilePath(name: string) {
  return app.makePath(importSettings().directory, name)
}

export function reportPathOf(filePath: string) {
  return `${filePath}.rejected.csv`
}
