import { OrganizationSchema } from '#database/schema'
import type { Locale } from '#core/i18n/locales'

export default class Organization extends OrganizationSchema {
  declare defaultLocale: Locale
}
