import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { recordAudit } from '#core/audit/audit'
import type { ResourceContext } from '#resources/engine/resource_context'
import { assertImportStatus } from '#resources/imports/import_errors'
import Import from '#resources/imports/models/import'
import ImportChange from '#resources/imports/models/import_change'

/**
 * Takes a completed import back, in one transaction: the records it created
 * are deleted, the ones it updated get their overwritten values back (and
 * a new version, so open editors see the change).
 */
export async function undoImport(context: ResourceContext, file: Import) {
  assertImportStatus(context.i18n, file, ['completed'])
  const model = context.resource.model
  const { undone, counts } = await db.transaction(async (trx) => {
    const locked = await Import.query({ client: trx })
      .where('id', file.id)
      .forUpdate()
      .firstOrFail()
    assertImportStatus(context.i18n, locked, ['completed'])

    const createdIds = trx
      .from('import_changes')
      .select('record_id')
      .where('import_id', file.id)
      .whereNull('before')
    const deleted = await model.query({ client: trx }).whereIn('id', createdIds).delete()

    const updates = await ImportChange.query({ client: trx })
      .where('importId', file.id)
      .whereNotNull('before')
    const now = DateTime.utc()
    for (const change of updates) {
      await model
        .query({ client: trx })
        .where('id', change.recordId)
        .update({ ...change.before, version: db.raw('version + 1'), updatedAt: now.toSQL() })
    }
    locked.merge({ status: 'undone', undoneAt: now })
    await locked.save()
    const removed = Number(Array.isArray(deleted) ? deleted[0] : deleted)
    return { undone: locked, counts: { deleted: removed, restored: updates.length } }
  })
  await recordAudit({
    action: `${context.resource.name}.import_undone`,
    entity: { type: 'imports', id: file.id },
    changes: { after: { fileName: file.fileName, ...counts } },
  })
  return undone
}
