import { createHash } from 'node:crypto'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { SessionCollection } from '@adonisjs/session'
import { revokeTokenFamily } from '#identity/actions/revoke_credentials'
import { recordAudit } from '#core/audit/audit'

export type Device = {
  id: string
  kind: 'web' | 'api'
  deviceName: string | null
  ip: string | null
  userAgent: string | null
  lastUsedAt: string | null
  current: boolean
}

type Current = { sessionId?: string; accessTokenId?: number }

/**
 * A session id is a credential: the list shows a digest of it instead.
 */
export function publicSessionId(sessionId: string) {
  return `web_${createHash('sha256').update(sessionId).digest('hex').slice(0, 24)}`
}

/**
 * Everywhere the user is signed in: web sessions (with the device noted at
 * sign-in) and app logins (one per refresh-token family).
 */
export async function listDevices(userId: number, current: Current): Promise<Device[]> {
  const devices: Device[] = []
  const sessions = await app.container.make(SessionCollection)
  if (sessions.supportsTagging()) {
    for (const session of await sessions.tagged(String(userId))) {
      const device = (session.data.device ?? {}) as Partial<Device>
      devices.push({
        id: publicSessionId(session.id),
        kind: 'web',
        deviceName: null,
        ip: device.ip ?? null,
        userAgent: device.userAgent ?? null,
        lastUsedAt: device.lastUsedAt ?? null,
        current: session.id === current.sessionId,
      })
    }
  }

  const families = await db
    .from('refresh_tokens')
    .where('user_id', userId)
    .whereNull('revoked_at')
    .whereNull('used_at')
    .where('expires_at', '>', new Date())
    .orderBy('created_at', 'desc')
  for (const token of families) {
    devices.push({
      id: `api_${token.family_id}`,
      kind: 'api',
      deviceName: token.device_name,
      ip: token.ip,
      userAgent: token.user_agent,
      lastUsedAt: new Date(token.created_at).toISOString(),
      current:
        current.accessTokenId !== undefined && token.access_token_id === current.accessTokenId,
    })
  }
  return devices
}

/**
 * Signs one device out; false when the user has no such device.
 */
export async function revokeDevice(userId: number, deviceId: string) {
  const devices = await listDevices(userId, {})
  if (!devices.some((device) => device.id === deviceId)) return false

  if (deviceId.startsWith('api_')) {
    await revokeTokenFamily(deviceId.slice(4))
  } else {
    const sessions = await app.container.make(SessionCollection)
    const tagged = await sessions.tagged(String(userId))
    const session = tagged.find((candidate) => publicSessionId(candidate.id) === deviceId)
    if (session) await sessions.destroy(session.id)
  }
  await recordAudit({ action: 'auth.session_revoked', entity: { type: 'session', id: deviceId } })
  return true
}
