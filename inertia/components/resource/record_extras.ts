import { defineAsyncComponent, type Component } from 'vue'

/**
 * What a resource adds to its detail page beside the engine's details,
 * related tabs and timeline (a domain panel, quick actions), by resource
 * name. The page stays the engine's; nothing is forked.
 */
const crmPanel = defineAsyncComponent(() => import('~/components/crm/record_panel.vue'))

export const RECORD_EXTRAS: Record<string, Component> = {
  leads: crmPanel,
  deals: crmPanel,
  contacts: crmPanel,
  companies: crmPanel,
}
