import logger from '@adonisjs/core/services/logger'
import { tenantContext } from '#core/tenancy/tenant_context'
import { runImport } from '#resources/imports/run_import'

const running = new Map<number, Promise<void>>()

/**
 * Starts a commit in the background (in this process, until a queue takes
 * it over) under the import's organization, so tenant scoping holds
 * outside the request. The request answers at once; progress is polled.
 */
export function startImport(file: { id: number; organizationId: number }) {
  const task = tenantContext
    .run(file.organizationId, () => runImport(file.id))
    .catch((error) => logger.error({ err: error, importId: file.id }, 'import task crashed'))
    .finally(() => running.delete(file.id))
  running.set(file.id, task)
  return task
}

/**
 * The commit still running for an import, if any (tests await it).
 */
export function importTask(importId: number) {
  return running.get(importId)
}
