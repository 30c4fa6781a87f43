import { registry } from '../.adonisjs/client/registry/index.ts'
import { createTuyau } from '@tuyau/core/client'

/**
 * Typed route URLs built from the server's named routes.
 */
export const client = createTuyau({ baseUrl: window.location.origin, registry })
