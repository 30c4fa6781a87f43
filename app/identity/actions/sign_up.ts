import { randomBytes } from 'node:crypto'
import string from '@adonisjs/core/helpers/string'
import db from '@adonisjs/lucid/services/db'
import Organization from '#identity/models/organization'
import User from '#identity/models/user'
import type { Locale } from '#core/i18n/locales'

type SignUp = {
  organizationName: string
  name: string
  email: string
  password: string
  locale?: Locale
}

/**
 * A new agency with its owner, in one transaction. The slug is the name
 * transliterated plus a random suffix, so two agencies never collide.
 */
export async function signUp({ organizationName, name, email, password, locale }: SignUp) {
  const base = string.slug(organizationName, { lower: true, strict: true }).slice(0, 60) || 'agency'
  const slug = `${base}-${randomBytes(3).toString('hex')}`
  return db.transaction(async (trx) => {
    const organization = await Organization.create(
      { name: organizationName, slug, defaultLocale: locale ?? 'en' },
      { client: trx }
    )
    const owner = await User.create(
      {
        organizationId: organization.id,
        name,
        email,
        password,
        role: 'owner',
        status: 'active',
        locale: locale ?? null,
      },
      { client: trx }
    )
    return { organization, owner }
  })
}
