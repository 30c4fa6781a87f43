import { computed } from 'vue'
import { usePage } from '@inertiajs/vue3'
import { IntlMessageFormat } from 'intl-messageformat'
import type { Locale, SharedProps } from '~/types'

/**
 * The UI strings come from the same resources/lang files the server uses,
 * formatted with ICU like on the server: `ui.json` at the root, and each
 * `ui_<area>.json` under `<area>` (so each screen area keeps its own file).
 */
const files = import.meta.glob<Record<string, unknown>>('../../resources/lang/*/ui*.json', {
  eager: true,
  import: 'default',
})
const catalogs: Record<Locale, Record<string, unknown>> = { en: {}, ar: {} }
for (const [path, messages] of Object.entries(files)) {
  const [, locale, name] = /lang\/(\w+)\/(ui(?:_\w+)?)\.json$/.exec(path)!
  const catalog = (catalogs[locale as Locale] ??= {})
  if (name === 'ui') Object.assign(catalog, messages)
  else catalog[name.slice(3)] = messages
}
const formatters = new Map<string, IntlMessageFormat>()

export function catalogOf(locale: Locale) {
  return catalogs[locale]
}

function lookup(catalog: unknown, key: string): string | undefined {
  const value = key.split('.').reduce<unknown>((node, part) => {
    return node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined
  }, catalog)
  return typeof value === 'string' ? value : undefined
}

export function translate(locale: Locale, key: string, values?: Record<string, unknown>) {
  const message = lookup(catalogs[locale], key) ?? lookup(catalogs.en, key)
  if (message === undefined) return key
  const cacheKey = `${locale}:${key}`
  let formatter = formatters.get(cacheKey)
  if (!formatter) {
    formatter = new IntlMessageFormat(message, locale)
    formatters.set(cacheKey, formatter)
  }
  return String(formatter.format(values as Record<string, string>))
}

export function useI18n() {
  const page = usePage<SharedProps>()
  const locale = computed(() => page.props.locale)
  const t = (key: string, values?: Record<string, unknown>) => translate(locale.value, key, values)
  return { t, locale }
}
