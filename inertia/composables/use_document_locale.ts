import { watchEffect } from 'vue'
import { usePage } from '@inertiajs/vue3'
import { usePrimeVue, type PrimeVueLocaleOptions } from 'primevue/config'
import { catalogOf } from '~/composables/use_i18n'
import type { SharedProps } from '~/types'

/**
 * Keeps <html lang dir> and PrimeVue's own labels on the page's locale, so
 * switching the language mirrors the whole layout without a full reload.
 */
export function useDocumentLocale() {
  const page = usePage<SharedProps>()
  const primevue = usePrimeVue()
  watchEffect(() => {
    document.documentElement.lang = page.props.locale
    document.documentElement.dir = page.props.dir
    const labels = (catalogOf(page.props.locale) as { primevue: Partial<PrimeVueLocaleOptions> })
      .primevue
    Object.assign(primevue.config.locale!, labels)
  })
}
