/**
 * Calendar dates travel as `YYYY-MM-DD` (no time zone), instants as ISO
 * strings in UTC; date pickers work with local Date objects.
 */
function pad(value: number) {
  return String(value).padStart(2, '0')
}

export function toIsoDate(date: Date) {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/**
 * A `YYYY-MM-DD` (or ISO) string as a local Date, for a picker.
 */
export function fromIsoDate(value: string) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (match) return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  const parsed = new Date(value)
  return Number.isNaN(parsed.getTime()) ? null : parsed
}

export function startOfDay(date: Date) {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate())
}

export function endOfDay(date: Date) {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate(), 23, 59, 59, 999)
}

export type DatePreset = 'today' | 'last7' | 'thisMonth' | 'last30' | 'thisYear'
export const DATE_PRESETS: DatePreset[] = ['today', 'last7', 'thisMonth', 'last30', 'thisYear']

/**
 * The first and last day a preset covers, counted from `now`.
 */
export function presetRange(preset: DatePreset, now = new Date()): [Date, Date] {
  const today = startOfDay(now)
  const daysAgo = (days: number) =>
    new Date(today.getFullYear(), today.getMonth(), today.getDate() - days)
  switch (preset) {
    case 'today':
      return [today, today]
    case 'last7':
      return [daysAgo(6), today]
    case 'last30':
      return [daysAgo(29), today]
    case 'thisMonth':
      return [new Date(today.getFullYear(), today.getMonth(), 1), today]
    case 'thisYear':
      return [new Date(today.getFullYear(), 0, 1), today]
  }
}
