import { rm } from 'node:fs/promises'
import db from '@adonisjs/lucid/services/db'
import { embeddedDatabase } from '#config/database'
import logger from '@adonisjs/core/services/logger'
import i18nManager from '@adonisjs/i18n/services/main'
import { DateTime } from 'luxon'
import { recordAudit } from '#core/audit/audit'
import { tenantContext } from '#core/tenancy/tenant_context'
import type { ResourceContext } from '#resources/engine/resource_context'
import { userResourceContext } from '#resources/engine/user_resource_context'
import { NewRecordColumns, writeOutcomes } from '#resources/imports/import_writer'
import { scanImport, type ScanPosition } from '#resources/imports/import_scan'
import type { ImportTally } from '#resources/imports/import_tally'
import Import from '#resources/imports/models/import'
import { reportPathOf } from '#resources/imports/import_settings'
import { dispatchEvents } from '#core/events/domain_events'
import { RecordChanged } from '#resources/events/record_changed'
import { ImportFailed, ImportFinished, importRef } from '#resources/imports/import_events'

/**
 * Why an import stopped, for the user: which rows it was at and the
 * database's reason (never a stack trace).
 */
function failureMessage(
  context: ResourceContext | undefined,
  position: ScanPosition,
  error: unknown
) {
  const reason = String((error as Error)?.message ?? error).slice(0, 300)
  const i18n = context?.i18n ?? i18nManager.locale(i18nManager.defaultLocale)
  if (position.from === undefined) return i18n.t('imports.failedBeforeRows', { reason })
  return i18n.t('imports.failed', { from: position.from, to: position.to, reason })
}

/**
 * Commits an import (status `running`): every row of the file in batches
 * (one multi-row INSERT and one duplicate lookup per batch) inside ONE
 * transaction, so a failure leaves no half-written rows. Progress is saved
 * outside the transaction after each batch so it can be watched (not on
 * the embedded development database, which cannot); the undo
 * log, counts and status are saved inside it. A job can call this with the
 * import id alone: it runs under the import's organization.
 */
export async function runImport(importId: number) {
  const file = await Import.find(importId)
  if (!file || file.status !== 'running') return
  await tenantContext.run(file.organizationId, () => execute(file))
}

async function execute(file: Import) {
  let context: ResourceContext | undefined
  const position: ScanPosition = {}
  let tally: ImportTally
  try {
    context = await userResourceContext(file.userId, file.resource)
    const choices = { mapping: file.mapping, matchKey: file.matchKey, mode: file.mode }
    const builder = new NewRecordColumns(context, file.organizationId)
    tally = await db.transaction(async (trx) => {
      const counted = await scanImport(
        context!,
        file,
        choices,
        async (outcomes, progress) => {
          await writeOutcomes(builder, file.id, outcomes, trx)
          // On the embedded database this write would wait for the very
          // transaction it runs in: progress shows there when the import ends.
          if (embeddedDatabase) return
          await Import.query()
            .where('id', file.id)
            .update({ processedRows: progress.processed, updatedAt: DateTime.utc().toSQL() })
        },
        { trx, position }
      )
      file.useTransaction(trx)
      file.merge({ ...counted.columns, status: 'completed', finishedAt: DateTime.utc() })
      await file.save()
      return counted
    })
  } catch (error) {
    logger.error({ err: error, importId: file.id }, 'import failed and was rolled back')
    await rm(reportPathOf(file.absolutePath), { force: true })
    const failure = failureMessage(context, position, error)
    await Import.query()
      .where('id', file.id)
      .update({
        status: 'failed',
        failure,
        processedRows: 0,
        createdCount: 0,
        updatedCount: 0,
        skippedCount: 0,
        errorCount: 0,
        errors: JSON.stringify([]),
        finishedAt: DateTime.utc().toSQL(),
        updatedAt: DateTime.utc().toSQL(),
      })
    await dispatchEvents(new ImportFailed(importRef(file), failure))
    return
  }
  await recordAudit({
    action: `${file.resource}.imported`,
    actor: context!.user,
    organizationId: file.organizationId,
    entity: { type: 'imports', id: file.id },
    changes: {
      after: {
        fileName: file.fileName,
        mode: file.mode,
        matchKey: file.matchKey,
        created: tally.created,
        updated: tally.updated,
        skipped: tally.skipped,
        rejected: tally.rejected,
      },
    },
  })
  const { created, updated, skipped, rejected } = tally
  await dispatchEvents(
    new RecordChanged({
      organizationId: file.organizationId,
      resource: file.resource,
      id: null,
      version: null,
      action: 'imported',
      actorId: file.userId,
    }),
    new ImportFinished(importRef(file), { created, updated, skipped, rejected })
  )
}
