import { Exception } from '@adonisjs/core/exceptions'
import { beforeCreate, beforeUpdate, type BaseModel } from '@adonisjs/lucid/orm'
import type { NormalizeConstructor } from '@adonisjs/core/types/helpers'
import type {
  LucidModel,
  ModelAdapterOptions,
  ModelQueryBuilderContract,
} from '@adonisjs/lucid/types/model'
import { tenantContext } from '#core/tenancy/tenant_context'

type TenantRow = { organizationId: number }

/**
 * The one mechanism that scopes tenant rows. Every query a model builds
 * (find, fetch, paginate, update, delete) starts from `query()`, so scoping it
 * here scopes them all; creation stamps the current organization and refuses
 * to write into another one.
 */
export function withOrganizationScope<Model extends NormalizeConstructor<typeof BaseModel>>(
  superclass: Model
) {
  class OrganizationScoped extends superclass {
    static query<Self extends LucidModel, Result = InstanceType<Self>>(
      this: Self,
      options?: ModelAdapterOptions
    ): ModelQueryBuilderContract<Self, Result> {
      const query = (superclass as unknown as Self).query.call(
        this,
        options
      ) as ModelQueryBuilderContract<Self, Result>
      const organizationId = tenantContext.currentOrganizationId()
      if (organizationId !== undefined) {
        query.where(`${this.table}.organization_id`, organizationId)
      }
      return query
    }

    @beforeCreate()
    static stampOrganization(row: TenantRow) {
      const organizationId = tenantContext.currentOrganizationId()
      if (organizationId === undefined) return
      if (row.organizationId === undefined) {
        row.organizationId = organizationId
      } else if (row.organizationId !== organizationId) {
        throw new Exception('Cannot write a row into another organization', {
          status: 403,
          code: 'E_CROSS_TENANT_WRITE',
        })
      }
    }

    /**
     * A row never moves to another organization.
     */
    @beforeUpdate()
    static keepOrganization(row: TenantRow & { $dirty: Record<string, unknown> }) {
      if ('organizationId' in row.$dirty) {
        throw new Exception('Cannot move a row to another organization', {
          status: 403,
          code: 'E_CROSS_TENANT_WRITE',
        })
      }
    }
  }
  return OrganizationScoped
}
