import type { ResourceContext } from '#resources/engine/resource_context'
import { routeKeyOf } from '#resources/define_resource'
import { fieldLabel, optionLabel } from '#resources/engine/resource_fields'
import { resourceAbilities } from '#resources/policies/resource_policy'
import { ENGINE_BULK_ACTIONS } from '#resources/engine/bulk_actions'

/**
 * What the screens know about a resource: plain, serializable metadata with
 * labels already in the user's language. Models, validators and filter
 * functions stay on the server.
 */
export async function resourceMeta(context: ResourceContext) {
  const { resource, i18n, user } = context
  const label = (key: string) => i18n.t(`resources.${resource.name}.${key}`)
  return {
    name: resource.name,
    routeKey: routeKeyOf(resource),
    singular: label('singular'),
    plural: label('plural'),
    titleField: resource.titleField,
    defaultSort: resource.defaultSort,
    ownerField: resource.ownership?.owner ?? null,
    pages: resource.pages ?? {},
    fields: context.activeFields.map((field) => ({
      key: field.key,
      label: fieldLabel(i18n, resource, field),
      type: field.type,
      custom: field.customKey !== undefined,
      required: field.required ?? false,
      list: field.list,
      detail: field.detail,
      form: field.form,
      sortable: field.sortable,
      filterable: field.filterable,
      searchable: field.searchable ?? false,
      readOnly: field.readOnly ?? false,
      target: field.target ?? null,
      component: field.component ?? null,
      maxLength: field.maxLength ?? null,
      options: (field.options ?? []).map((value) => ({
        value,
        label: optionLabel(i18n, resource, field, value),
      })),
    })),
    hasMany: Object.entries(resource.hasMany ?? {}).map(([key, relation]) => ({
      key,
      resource: relation.resource,
      foreignKey: relation.foreignKey,
      label: i18n.t(`resources.${resource.name}.relations.${key}`),
    })),
    bulkActions: [
      ...ENGINE_BULK_ACTIONS.filter((action) => action !== 'assignOwner' || resource.ownership).map(
        (action) => ({ key: action, label: i18n.t(`engine.bulk.${action}`) })
      ),
      ...Object.keys(resource.actions ?? {}).map((action) => ({
        key: action,
        label: label(`actions.${action}`),
      })),
    ],
    abilities: await resourceAbilities(user, resource),
  }
}

export type ResourceMeta = Awaited<ReturnType<typeof resourceMeta>>
