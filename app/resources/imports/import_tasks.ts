import logger from '@adonisjs/core/services/logger'
import RunImportJob from '#resources/imports/jobs/run_import_job'

const queueing = new Map<number, Promise<void>>()

/**
 * Queues the commit of a confirmed import; the request answers at once and
 * progress is polled. With the inline (`sync`) queue of the tests, the
 * returned promise is the commit itself.
 */
export function startImport(file: { id: number; organizationId: number }) {
  const task = RunImportJob.dispatch({ importId: file.id, organizationId: file.organizationId })
    .run()
    .then(() => {})
    .catch((error) => logger.error({ err: error, importId: file.id }, 'import could not be queued'))
    .finally(() => queueing.delete(file.id))
  queueing.set(file.id, task)
  return task
}

/**
 * The commit (or its queueing) still under way for an import, if any.
 */
export function importTask(importId: number) {
  return queueing.get(importId)
}
