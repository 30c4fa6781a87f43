import i18nManager from '@adonisjs/i18n/services/main'
import User from '#identity/models/user'
import { recipientLocale } from '#identity/actions/recipient_locale'
import { findResource } from '#resources/registry'
import { ResourceContext } from '#resources/engine/resource_context'

/**
 * A resource as a user sees it outside a request (a job working for them):
 * their role and permissions now, in their language. A user who is gone
 * (null) is not found.
 */
export async function userResourceContext(userId: number | null, resourceName: string) {
  const user = await User.findOrFail(userId)
  await user.loadOrganization()
  const resource = findResource(resourceName)
  if (!resource) throw new Error(`Unknown resource "${resourceName}"`)
  return ResourceContext.for(resource, user, i18nManager.locale(recipientLocale(user)))
}
