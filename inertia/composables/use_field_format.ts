import { useI18n } from '~/composables/use_i18n'
import { useFormatters } from '~/composables/use_formatters'

/**
 * Numbers, money and date-only values in the reader's language, with the
 * same locale choices as useFormatters (Latin digits in Arabic).
 */
export function useFieldFormat() {
  const { locale } = useI18n()
  const { dateTime } = useFormatters()
  const tag = () => (locale.value === 'ar' ? 'ar-SA-u-nu-latn' : 'en-GB')

  function number(value: number | string, options: Intl.NumberFormatOptions = {}) {
    const parsed = Number(value)
    if (!Number.isFinite(parsed)) return String(value)
    return new Intl.NumberFormat(tag(), { maximumFractionDigits: 2, ...options }).format(parsed)
  }

  function percent(value: number | string) {
    const parsed = Number(value)
    if (!Number.isFinite(parsed)) return String(value)
    return new Intl.NumberFormat(tag(), { style: 'percent', maximumFractionDigits: 2 }).format(
      parsed / 100
    )
  }

  function money(amount: number | string, currency: string) {
    const parsed = Number(amount)
    if (!Number.isFinite(parsed)) return `${amount} ${currency}`
    try {
      return new Intl.NumberFormat(tag(), { style: 'currency', currency }).format(parsed)
    } catch {
      return `${number(parsed, { minimumFractionDigits: 2 })} ${currency}`
    }
  }

  /**
   * A calendar date (`YYYY-MM-DD`): no time zone shift.
   */
  function date(value: string) {
    const parsed = new Date(value.length === 10 ? `${value}T00:00:00Z` : value)
    if (Number.isNaN(parsed.getTime())) return value
    return new Intl.DateTimeFormat(tag(), { dateStyle: 'medium', timeZone: 'UTC' }).format(parsed)
  }

  function dateAndTime(value: string) {
    return Number.isNaN(Date.parse(value)) ? value : dateTime(value)
  }

  return { number, percent, money, date, dateTime: dateAndTime }
}
