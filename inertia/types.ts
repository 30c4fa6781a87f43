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
  twoFactorEnabled: boolean
  createdAt: string
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

export type NavigationItem = { key: string; route: string; icon: string; label?: string }

/**
 * Props every page receives from the Inertia middleware.
 */
export type SharedProps = {
  errors: Record<string, string | string[]>
  flash: {
    success?: string
    error?: string
    duplicate?: { id: number | null; title: string | null }
  }
  locale: Locale
  dir: 'ltr' | 'rtl'
  theme: 'light' | 'dark'
  user?: CurrentUser
  organization?: CurrentOrganization
  navigation: NavigationItem[]
  unreadNotifications: number
}

/**
 * Where a user is signed in: a browser session or an app login.
 */
export type Device = {
  id: string
  kind: 'web' | 'api'
  deviceName: string | null
  ip: string | null
  userAgent: string | null
  lastUsedAt: string | null
  current: boolean
}

export type PersonalToken = {
  id: number
  name: string | null
  abilities: string[]
  lastUsedAt: string | null
  expiresAt: string | null
}

export type PageMeta = { total: number; perPage: number; currentPage: number; lastPage: number }
