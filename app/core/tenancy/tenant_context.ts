import { AsyncLocalStorage } from 'node:async_hooks'
import { HttpContext } from '@adonisjs/core/http'

const storage = new AsyncLocalStorage<{ organizationId: number }>()

/**
 * The organization every tenant query is scoped to. Inside an HTTP request it
 * is the authenticated user's organization; background work and public
 * endpoints set it explicitly with `run`. Outside both (boot, seeders, the
 * login lookup itself) there is no tenant and queries are not scoped.
 */
export const tenantContext = {
  run<T>(organizationId: number, callback: () => T): T {
    return storage.run({ organizationId }, callback)
  },

  currentOrganizationId(): number | undefined {
    const explicit = storage.getStore()
    if (explicit) return explicit.organizationId
    const user = HttpContext.get()?.auth?.user as { organizationId?: number } | undefined
    return user?.organizationId
  },
}
