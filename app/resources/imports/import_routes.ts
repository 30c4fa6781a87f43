import { recordId } from '#core/http/record_id'
import app from '@adonisjs/core/services/app'
import router from '@adonisjs/core/services/router'

const ImportsController = () => import('#resources/imports/controllers/imports_controller')
const ImportPageController = () => import('#resources/imports/controllers/import_page_controller')

/**
 * Upload routes stream their file themselves, so the app-wide multipart
 * limit does not cut a 50 MB import short: the body parser leaves them
 * alone (`processManually` holds full route patterns).
 */
function processUploadManually(pattern: string) {
  const multipart = app.config.get<{ processManually: string[] }>('bodyparser.multipart')
  if (!multipart.processManually.includes(pattern)) multipart.processManually.push(pattern)
}

/**
 * `<path>/imports…` for one resource, named `<name>.imports.<action>`:
 * upload, progress, dry run, commit, rejected rows, undo. `mountedAt` is
 * the prefix of the groups around them (`/api/v1` for the API).
 */
export function registerImportRoutes(path: string, name: string, mountedAt = '') {
  const base = `${path}/imports`
  router.post(base, [ImportsController, 'store']).as(`${name}.imports.store`)
  router
    .get(`${base}/:id`, [ImportsController, 'show'])
    .where('id', recordId)
    .as(`${name}.imports.show`)
  router
    .post(`${base}/:id/dry-run`, [ImportsController, 'dryRun'])
    .where('id', recordId)
    .as(`${name}.imports.dry_run`)
  router
    .post(`${base}/:id/commit`, [ImportsController, 'commit'])
    .where('id', recordId)
    .as(`${name}.imports.commit`)
  router
    .get(`${base}/:id/rejected`, [ImportsController, 'rejected'])
    .where('id', recordId)
    .as(`${name}.imports.rejected`)
  router
    .post(`${base}/:id/undo`, [ImportsController, 'undo'])
    .where('id', recordId)
    .as(`${name}.imports.undo`)
  processUploadManually(`${mountedAt}${base}`)
}

/**
 * The import wizard's page, `<path>/import`.
 */
export function registerImportPage(path: string, name: string) {
  router.get(`${path}/import`, [ImportPageController, 'show']).as(`${name}.imports.page`)
}
