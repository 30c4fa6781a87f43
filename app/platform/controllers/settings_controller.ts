import type { HttpContext } from '@adonisjs/core/http'
import type User from '#identity/models/user'
import OrganizationTransformer from '#identity/transformers/organization_transformer'
import { updateSettingsValidator } from '#platform/validators/settings_validator'
import { diff, recordAudit } from '#core/audit/audit'

/**
 * The agency's own settings: identity, defaults and the two-factor policy.
 */
export default class SettingsController {
  async show({ inertia, auth, bouncer }: HttpContext) {
    await bouncer.authorize('manageOrganization')
    const organization = await (auth.user as User).loadOrganization()
    return inertia.render('settings/show', {
      settings: OrganizationTransformer.transform(organization),
    })
  }

  async update({ auth, request, bouncer, session, response, i18n }: HttpContext) {
    await bouncer.authorize('manageOrganization')
    const organization = await (auth.user as User).loadOrganization()
    const changes = await request.validateUsing(updateSettingsValidator)
    const fields = [
      'name',
      'defaultLocale',
      'timezone',
      'currency',
      'requireTwoFactor',
      'logoUrl',
    ] as const
    const before = Object.fromEntries(fields.map((field) => [field, organization[field]]))
    organization.merge(changes)
    await organization.save()
    await recordAudit({
      action: 'organization.updated',
      entity: { type: 'organization', id: organization.id },
      changes: diff(before, { ...before, ...changes }),
    })
    session.flash('success', i18n.t('messages.settings.saved'))
    return response.redirect().toRoute('admin.settings.show')
  }
}
