import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import string from '@adonisjs/core/helpers/string'
import identityConfig from '#config/identity'
import User from '#identity/models/user'
import RefreshToken from '#identity/models/refresh_token'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'

export type Device = { name?: string | null; ip?: string | null; userAgent?: string | null }

export function hashRefreshToken(value: string) {
  return createHash('sha256').update(value).digest('hex')
}

/**
 * A 15-minute access token and a 30-day refresh token, both stored hashed.
 * A rotation passes the family on; a new login starts one.
 */
export async function issueTokenPair(
  user: User,
  device: Device,
  familyId: string = randomUUID(),
  client?: TransactionClientContract
) {
  const accessToken = await User.accessTokens.create(user, ['*'], {
    name: device.name ?? 'API',
    expiresIn: identityConfig.accessTokenTtl,
  })
  const refreshToken = `nrt_${randomBytes(32).toString('base64url')}`
  await RefreshToken.create(
    {
      organizationId: user.organizationId,
      userId: user.id,
      familyId,
      hash: hashRefreshToken(refreshToken),
      accessTokenId: Number(accessToken.identifier),
      deviceName: device.name?.slice(0, 120) ?? null,
      ip: device.ip ?? null,
      userAgent: device.userAgent?.slice(0, 512) ?? null,
      expiresAt: DateTime.now().plus({
        milliseconds: string.milliseconds.parse(identityConfig.refreshTokenTtl),
      }),
    },
    client ? { client } : undefined
  )
  return {
    accessToken: accessToken.value!.release(),
    refreshToken,
    expiresAt: accessToken.expiresAt!.toISOString(),
  }
}
