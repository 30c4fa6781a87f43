export type Locale = 'en' | 'ar'

export type CurrentUser = {
  id: number
  name: string
  email: string
  phone: string | null
  role: 'owner' | 'admin' | 'manager' | 'broker'
  status: 'active' | 'disabled'
  locale: Locale | null
  timezone: string | null
}

export type CurrentOrganization = {
  id: number
  name: string
  slug: string
  defaultLocale: Locale
  timezone: string
  currency: string
  requireTwoFactor: 'none' | 'admins' | 'everyone'
}

export type NavigationItem = { key: string; route: string; icon: string }

/**
 * Props every page receives from the Inertia middleware.
 */
export type SharedProps = {
  errors: Record<string, string | string[]>
  flash: { success?: string; error?: string }
  locale: Locale
  dir: 'ltr' | 'rtl'
  theme: 'light' | 'dark'
  user?: CurrentUser
  organization?: CurrentOrganization
  navigation: NavigationItem[]
}
