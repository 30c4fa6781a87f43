import { watchEffect } from 'vue'
import { usePage } from '@inertiajs/vue3'
import type { SharedProps } from '~/types'

/**
 * Keeps <html lang dir> on the page's locale, so switching the language
 * mirrors the whole layout without a full reload.
 */
export function useDocumentLocale() {
  const page = usePage<SharedProps>()
  watchEffect(() => {
    document.documentElement.lang = page.props.locale
    document.documentElement.dir = page.props.dir
  })
}
