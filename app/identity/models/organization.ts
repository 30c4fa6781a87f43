import { OrganizationSchema } from '#database/schema'
import { afterCreate, column } from '@adonisjs/lucid/orm'
import { createDefaultStages } from '#crm/default_stages'
import type { Locale } from '#core/i18n/locales'
import type { Role } from '#identity/roles'

export const TWO_FACTOR_REQUIREMENTS = ['none', 'admins', 'everyone'] as const
export type TwoFactorRequirement = (typeof TWO_FACTOR_REQUIREMENTS)[number]

export const LEAD_ASSIGNMENTS = ['fixed', 'round_robin'] as const
export type LeadAssignment = (typeof LEAD_ASSIGNMENTS)[number]
export type LeadSource = { value: string; labelEn: string; labelAr: string }

export default class Organization extends OrganizationSchema {
  declare defaultLocale: Locale
  declare requireTwoFactor: TwoFactorRequirement
  declare leadAssignment: LeadAssignment

  /** the agency's own list of lead sources (null: the default list) */
  @column({ prepare: (value: LeadSource[] | null) => (value ? JSON.stringify(value) : null) })
  declare leadSources: LeadSource[] | null

  /** web origins allowed to post the public lead form */
  @column()
  declare allowedOrigins: string[]

  /**
   * Every agency starts with a pipeline.
   */
  @afterCreate()
  static async startPipeline(organization: Organization) {
    await createDefaultStages(organization.id, organization.$trx)
  }

  /**
   * Whether this agency's policy makes a user with this role set up 2FA.
   */
  requiresTwoFactorFor(role: Role) {
    if (this.requireTwoFactor === 'everyone') return true
    return this.requireTwoFactor === 'admins' && (role === 'owner' || role === 'admin')
  }
}
