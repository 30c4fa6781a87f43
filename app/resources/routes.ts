import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { resourceList } from '#resources/registry'
import { bindResource } from '#resources/engine/resource_binding'

const ApiRecordsController = () => import('#resources/controllers/api_records_controller')

function routeName(resourceName: string) {
  return resourceName.replaceAll('-', '_')
}

/**
 * `/api/v1/<resource>` for every registered resource, behind the token
 * abilities `<feature>:read` and `<feature>:write`.
 */
export function registerResourceApiRoutes() {
  for (const resource of resourceList) {
    const path = `/${resource.name}`
    const name = `api.v1.${routeName(resource.name)}`
    router
      .group(() => {
        router
          .group(() => {
            router.get(path, [ApiRecordsController, 'index']).as(`${name}.index`)
            router.get(`${path}/:id`, [ApiRecordsController, 'show']).as(`${name}.show`)
          })
          .use(middleware.tokenAbility(`${resource.feature}:read`))
        router
          .group(() => {
            router
              .post(path, [ApiRecordsController, 'store'])
              .use(middleware.idempotency())
              .as(`${name}.store`)
            router.post(`${path}/bulk`, [ApiRecordsController, 'bulk']).as(`${name}.bulk`)
            router.patch(`${path}/:id`, [ApiRecordsController, 'update']).as(`${name}.update`)
            router.delete(`${path}/:id`, [ApiRecordsController, 'destroy']).as(`${name}.destroy`)
            router
              .post(`${path}/:id/restore`, [ApiRecordsController, 'restore'])
              .as(`${name}.restore`)
          })
          .use(middleware.tokenAbility(`${resource.feature}:write`))
      })
      .use(bindResource(resource))
  }
}
