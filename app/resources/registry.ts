import leads from '#resources/leads_resource'
import deals from '#resources/deals_resource'
import dealStages from '#resources/deal_stages_resource'
import tasks from '#resources/tasks_resource'
import activities from '#resources/activities_resource'
import contacts from '#resources/contacts_resource'
import companies from '#resources/companies_resource'
import type { ResourceDefinition } from '#resources/define_resource'

/**
 * Every resource of the app, known at build time. Adding one here gives it
 * its screens, API, OpenAPI, export/import, custom fields and contract test.
 */
export const RESOURCES = {
  leads,
  deals,
  'deal-stages': dealStages,
  tasks,
  activities,
  contacts,
  companies,
} satisfies Record<string, ResourceDefinition>

export type ResourceName = keyof typeof RESOURCES

export const resourceList: ResourceDefinition[] = Object.values(RESOURCES)

export function findResource(name: string): ResourceDefinition | undefined {
  return Object.hasOwn(RESOURCES, name) ? RESOURCES[name as ResourceName] : undefined
}
