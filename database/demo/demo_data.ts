import type { Role } from '#identity/roles'
import type { Locale } from '#core/i18n/locales'

/**
 * Fixed demo logins: docs, tests and demos rely on them (README lists them).
 */
export const DEMO_PASSWORD = 'Nova-demo-2026!'

type DemoUser = { name: string; email: string; role: Role; phone: string; locale: Locale | null }

type DemoOrganization = {
  name: string
  slug: string
  defaultLocale: Locale
  timezone: string
  currency: string
  users: DemoUser[]
}

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    name: 'Nova Realty',
    slug: 'nova-realty',
    defaultLocale: 'ar',
    timezone: 'Asia/Riyadh',
    currency: 'SAR',
    users: [
      {
        name: 'عبدالله الحربي',
        email: 'owner@nova-realty.test',
        role: 'owner',
        phone: '+966501234567',
        locale: null,
      },
      {
        name: 'نورة القحطاني',
        email: 'admin@nova-realty.test',
        role: 'admin',
        phone: '+966502345678',
        locale: null,
      },
      {
        name: 'خالد العتيبي',
        email: 'manager@nova-realty.test',
        role: 'manager',
        phone: '+966503456789',
        locale: null,
      },
      {
        name: 'سارة الشهري',
        email: 'broker1@nova-realty.test',
        role: 'broker',
        phone: '+966504567890',
        locale: null,
      },
      {
        name: 'فهد الدوسري',
        email: 'broker2@nova-realty.test',
        role: 'broker',
        phone: '+966505678901',
        locale: null,
      },
    ],
  },
  {
    name: 'Gulf Homes',
    slug: 'gulf-homes',
    defaultLocale: 'en',
    timezone: 'Asia/Dubai',
    currency: 'AED',
    users: [
      {
        name: 'James Carter',
        email: 'owner@gulf-homes.test',
        role: 'owner',
        phone: '+971501234567',
        locale: null,
      },
      {
        name: 'Aisha Rahman',
        email: 'admin@gulf-homes.test',
        role: 'admin',
        phone: '+971502345678',
        locale: null,
      },
      {
        name: 'Omar Haddad',
        email: 'manager@gulf-homes.test',
        role: 'manager',
        phone: '+971503456789',
        locale: null,
      },
      {
        name: 'Emily Clarke',
        email: 'broker1@gulf-homes.test',
        role: 'broker',
        phone: '+971504567890',
        locale: null,
      },
      {
        name: 'Rajesh Nair',
        email: 'broker2@gulf-homes.test',
        role: 'broker',
        phone: '+971505678901',
        locale: null,
      },
    ],
  },
]
