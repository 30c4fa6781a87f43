import type { ResourceContext } from '#resources/engine/resource_context'
import type { ImportChoices } from '#resources/imports/import_columns'
import { scanImport } from '#resources/imports/import_scan'
import { assertImportStatus } from '#resources/imports/import_errors'
import type Import from '#resources/imports/models/import'

/**
 * Validates every row with the chosen mapping and duplicate handling and
 * counts what a commit would create, update, skip and reject, without
 * writing a record. The import keeps the counts and the first row errors.
 */
export async function dryRunImport(context: ResourceContext, file: Import, choices: ImportChoices) {
  assertImportStatus(context.i18n, file, ['uploaded', 'validated', 'failed'])
  const tally = await scanImport(context, file, choices, async () => {})
  file.merge({
    ...tally.columns,
    status: 'validated',
    mapping: choices.mapping,
    mode: choices.mode,
    matchKey: choices.mode === 'create' ? null : (choices.matchKey ?? null),
    failure: null,
  })
  await file.save()
  return file
}
