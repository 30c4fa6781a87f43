import type { Bouncer } from '@adonisjs/bouncer'
import { findResource } from '#resources/registry'
import { ResourceContext } from '#resources/engine/resource_context'
import { resourceMeta } from '#resources/engine/resource_meta'
import { listRecords } from '#resources/engine/list_records'
import ResourcePolicy from '#resources/policies/resource_policy'

/**
 * The has-many tabs of a detail page: the first related records of each
 * relation the user may list, within their own scope.
 */
export async function relatedTabs(
  context: ResourceContext,
  bouncer: Bouncer<any, any, any>,
  id: number
) {
  const tabs = []
  for (const [key, relation] of Object.entries(context.resource.hasMany ?? {})) {
    const related = findResource(relation.resource)
    if (!related || (await bouncer.with(ResourcePolicy).denies('viewAny', related))) continue
    const relatedContext = await ResourceContext.for(related, context.user, context.i18n)
    const { rows, meta } = await listRecords(relatedContext, {
      filter: { [relation.foreignKey]: String(id) },
      perPage: '10',
    })
    tabs.push({
      key,
      label: context.i18n.t(`resources.${context.resource.name}.relations.${key}`),
      foreignKey: relation.foreignKey,
      resource: await resourceMeta(relatedContext),
      records: { data: await relatedContext.serializeMany(rows), meta },
    })
  }
  return tabs
}
