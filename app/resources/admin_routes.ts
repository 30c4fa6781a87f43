import { recordId } from '#core/http/record_id'
import router from '@adonisjs/core/services/router'
import { resourceList } from '#resources/registry'
import { bindResource } from '#resources/engine/resource_binding'
import { routeKeyOf } from '#resources/define_resource'
import { registerImportPage, registerImportRoutes } from '#resources/imports/import_routes'

const AdminRecordsController = () => import('#resources/controllers/admin_records_controller')
const SavedViewsController = () => import('#resources/controllers/saved_views_controller')
const LookupController = () => import('#resources/controllers/lookup_controller')
const FilesController = () => import('#resources/controllers/files_controller')
const ExportController = () => import('#resources/controllers/export_controller')
const ExportsController = () => import('#resources/export/controllers/exports_controller')

/**
 * The admin panel's screens for every registered resource, at
 * `/<resource>` and named `admin.<resource>.<action>`.
 */
export function registerResourceAdminRoutes() {
  router.get('/lookup/:target', [LookupController]).as('admin.lookup')
  router.post('/files', [FilesController, 'store']).as('admin.files.store')
  router.get('/files/*', [FilesController, 'show']).as('admin.files.show')
  router
    .get('/exports/:id/download', [ExportsController, 'download'])
    .where('id', recordId)
    .as('admin.exports.download')

  for (const resource of resourceList) {
    const path = `/${resource.name}`
    const name = `admin.${routeKeyOf(resource)}`
    router
      .group(() => {
        router.get(path, [AdminRecordsController, 'index']).as(`${name}.index`)
        router.get(`${path}/create`, [AdminRecordsController, 'create']).as(`${name}.create`)
        router.get(`${path}/export`, [ExportController, 'handle']).as(`${name}.export`)
        router.post(`${path}/exports`, [ExportsController, 'store']).as(`${name}.exports.store`)
        registerImportPage(path, name)
        registerImportRoutes(path, name)
        router.post(path, [AdminRecordsController, 'store']).as(`${name}.store`)
        router.post(`${path}/bulk`, [AdminRecordsController, 'bulk']).as(`${name}.bulk`)
        router.post(`${path}/views`, [SavedViewsController, 'store']).as(`${name}.views.store`)
        router
          .put(`${path}/views/:viewId`, [SavedViewsController, 'update'])
          .as(`${name}.views.update`)
        router
          .delete(`${path}/views/:viewId`, [SavedViewsController, 'destroy'])
          .as(`${name}.views.destroy`)
        router
          .post(`${path}/views/:viewId/default`, [SavedViewsController, 'setDefault'])
          .as(`${name}.views.default`)
        router.get(`${path}/:id`, [AdminRecordsController, 'show']).as(`${name}.show`)
        router.get(`${path}/:id/edit`, [AdminRecordsController, 'edit']).as(`${name}.edit`)
        router.patch(`${path}/:id`, [AdminRecordsController, 'update']).as(`${name}.update`)
        router.delete(`${path}/:id`, [AdminRecordsController, 'destroy']).as(`${name}.destroy`)
        router
          .post(`${path}/:id/restore`, [AdminRecordsController, 'restore'])
          .as(`${name}.restore`)
      })
      .where('id', recordId)
      .where('viewId', recordId)
      .use(bindResource(resource))
  }
}
