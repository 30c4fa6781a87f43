import { recordId } from '#core/http/record_id'
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { resourceList } from '#resources/registry'
import { bindResource } from '#resources/engine/resource_binding'
import { routeKeyOf } from '#resources/define_resource'
import { registerImportRoutes } from '#resources/imports/import_routes'

const ApiRecordsController = () => import('#resources/controllers/api_records_controller')
const FilesController = () => import('#resources/controllers/files_controller')
const ExportController = () => import('#resources/controllers/export_controller')
const ExportsController = () => import('#resources/export/controllers/exports_controller')

/**
 * `/api/v1/<resource>` for every registered resource, behind the token
 * abilities `<feature>:read` and `<feature>:write`.
 */
export function registerResourceApiRoutes() {
  router.post('/files', [FilesController, 'store']).as('api.v1.files.store')
  router.get('/files/*', [FilesController, 'show']).as('api.v1.files.show')
  router
    .get('/exports/:id', [ExportsController, 'show'])
    .where('id', recordId)
    .as('api.v1.exports.show')
  router
    .get('/exports/:id/download', [ExportsController, 'download'])
    .where('id', recordId)
    .as('api.v1.exports.download')

  for (const resource of resourceList) {
    const path = `/${resource.name}`
    const name = `api.v1.${routeKeyOf(resource)}`
    router
      .group(() => {
        router
          .group(() => {
            router.get(path, [ApiRecordsController, 'index']).as(`${name}.index`)
            router.get(`${path}/export`, [ExportController, 'handle']).as(`${name}.export`)
            router.post(`${path}/exports`, [ExportsController, 'store']).as(`${name}.exports.store`)
            router.get(`${path}/:id`, [ApiRecordsController, 'show']).as(`${name}.show`)
          })
          .use(middleware.tokenAbility(`${resource.feature}:read`))
        router
          .group(() => {
            router.post(path, [ApiRecordsController, 'store']).as(`${name}.store`)
            router.post(`${path}/bulk`, [ApiRecordsController, 'bulk']).as(`${name}.bulk`)
            router.patch(`${path}/:id`, [ApiRecordsController, 'update']).as(`${name}.update`)
            router.delete(`${path}/:id`, [ApiRecordsController, 'destroy']).as(`${name}.destroy`)
            router
              .post(`${path}/:id/restore`, [ApiRecordsController, 'restore'])
              .as(`${name}.restore`)
            registerImportRoutes(path, name, '/api/v1')
          })
          .use(middleware.tokenAbility(`${resource.feature}:write`))
      })
      .use(bindResource(resource))
  }
}
