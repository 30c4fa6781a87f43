export const LOCALES = ['en', 'ar'] as const
export type Locale = (typeof LOCALES)[number]

export const RTL_LOCALES: readonly Locale[] = ['ar']

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

export function directionOf(locale: Locale) {
  return RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr'
}
