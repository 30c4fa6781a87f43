import app from '@adonisjs/core/services/app'
import router from '@adonisjs/core/services/router'
import type { I18n } from '@adonisjs/i18n'
import { tenantContext } from '#core/tenancy/tenant_context'
import type User from '#identity/models/user'
import { resourceList } from '#resources/registry'
import { declaredFields, resourceFields } from '#resources/engine/resource_fields'
import { buildOpenApiDocument } from '#resources/openapi/build_document'

/**
 * The OpenAPI document as one caller sees it: a member of an organization
 * gets that organization's custom fields in every resource; anyone else
 * the declared fields only (custom fields are never read without a tenant).
 */
export async function openApiDocumentFor(i18n: I18n, member?: User) {
  const resources = await Promise.all(
    resourceList.map(async (resource) => ({
      resource,
      fields: member
        ? await tenantContext.run(member.organizationId, () => resourceFields(resource))
        : declaredFields(resource),
    }))
  )
  return buildOpenApiDocument({
    i18n,
    resources,
    routes: Object.values(router.toJSON()).flat(),
    version: app.version?.toString() ?? '1.0.0',
  })
}
