import { useI18n } from '~/composables/use_i18n'

/**
 * Dates in the reader's language, in their browser's time zone (stored UTC).
 */
export function useFormatters() {
  const { locale } = useI18n()
  function dateTime(iso: string) {
    return new Intl.DateTimeFormat(locale.value === 'ar' ? 'ar-SA-u-nu-latn' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(iso))
  }
  return { dateTime }
}
