import { Exception } from '@adonisjs/core/exceptions'
import string from '@adonisjs/core/helpers/string'
import { errors } from '@vinejs/vine'
import type { I18n } from '@adonisjs/i18n'
import type Import from '#resources/imports/models/import'
import type { ImportStatus } from '#resources/imports/models/import'

/**
 * The import cannot do that now (commit while it runs, undo before it
 * finished…): a 409 with the reason in the user's language.
 */
export class ImportStateException extends Exception {
  static status = 409
  static code = 'E_IMPORT_STATE'
}

export function assertImportStatus(i18n: I18n, file: Import, allowed: ImportStatus[]) {
  if (allowed.includes(file.status)) return
  const status = i18n.t(`imports.statuses.${file.status}`)
  throw new ImportStateException(i18n.t('imports.state', { status }))
}

/**
 * A problem with the uploaded file, reported on the `file` field (422).
 */
export function fileError(i18n: I18n, rule: string, data: Record<string, unknown> = {}) {
  return new errors.E_VALIDATION_ERROR([
    { field: 'file', rule, message: i18n.t(`imports.file.${rule}`, data) },
  ])
}

export function formatBytes(bytes: number) {
  return string.bytes.format(bytes, { unitSeparator: ' ' }) ?? `${bytes}`
}
