import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { ResourceContext } from '#resources/engine/resource_context'
import { importLayout, type ImportChoices } from '#resources/imports/import_columns'
import { ImportPlan, type RowOutcome } from '#resources/imports/import_plan'
import { ImportTally } from '#resources/imports/import_tally'
import { RejectedRowsReport } from '#resources/imports/rejected_report'
import { dataBatches, readHeaders } from '#resources/imports/import_file'
import { importSettings, reportPathOf } from '#resources/imports/import_settings'
import type Import from '#resources/imports/models/import'

/**
 * The rows being processed, for the failure message.
 */
export type ScanPosition = { from?: number; to?: number }

/**
 * Checks the mapping against the file before anything runs (a 422 for the
 * request that asked).
 */
export async function layoutFor(context: ResourceContext, file: Import, choices: ImportChoices) {
  const headers = await readHeaders(file.absolutePath)
  return { headers, layout: importLayout(context, headers, choices) }
}

/**
 * Goes through every row of the file, a batch at a time: the plan decides
 * each row's fate, `onBatch` acts on it (the commit writes, the dry run
 * does not), the tally counts and the report keeps every rejected row.
 */
export async function scanImport(
  context: ResourceContext,
  file: Import,
  choices: ImportChoices,
  onBatch: (outcomes: RowOutcome[], tally: ImportTally) => Promise<void>,
  options: { trx?: TransactionClientContract; position?: ScanPosition } = {}
) {
  const settings = importSettings()
  const { headers, layout } = await layoutFor(context, file, choices)
  const organization = await context.user.loadOrganization()
  const plan = new ImportPlan(context, layout, choices.mode, organization.currency)
  const tally = new ImportTally(settings.keptErrors)
  const errorColumn = context.i18n.t('imports.report.errorColumn')
  const report = await RejectedRowsReport.create(
    reportPathOf(file.absolutePath),
    headers,
    errorColumn
  )
  try {
    for await (const rows of dataBatches(file.absolutePath, settings.batchSize)) {
      if (options.position) {
        options.position.from = rows[0].row
        options.position.to = rows.at(-1)!.row
      }
      const outcomes = await plan.evaluate(rows, options.trx)
      await report.add(outcomes, headers.length)
      tally.add(outcomes)
      await onBatch(outcomes, tally)
    }
    await report.close()
  } catch (error) {
    await report.discard()
    throw error
  }
  return tally
}
