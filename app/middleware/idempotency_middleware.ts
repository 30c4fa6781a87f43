import { createHash } from 'node:crypto'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { DateTime } from 'luxon'
import { fieldError } from '#core/validation/field_error'
import IdempotencyKey from '#resources/models/idempotency_key'
import { IdempotencyConflictException } from '#resources/errors'

const UNIQUE_VIOLATION = '23505'

function fingerprint(ctx: HttpContext) {
  const body = JSON.stringify(ctx.request.body())
  return createHash('sha256').update(`${ctx.request.url()}\n${body}`).digest('hex')
}

/**
 * `Idempotency-Key` on every authenticated API POST: the first reply (and
 * its ETag) is kept and replayed to every retry; the same key with another
 * body is a 422; a retry while the first is still running is a 409. Keys
 * are per user and kept 24 hours. Left out: uploads (multipart), whose
 * files are not part of the fingerprint, and `/me/…`, whose replies hold
 * secrets (new tokens, 2FA secrets, recovery codes) that are never stored
 * in clear.
 */
export default class IdempotencyMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const key = ctx.request.header('idempotency-key')
    const user = ctx.auth.user
    if (!key || !user || ctx.request.method() !== 'POST') return next()
    if (ctx.request.is(['multipart']) === 'multipart') return next()
    if (ctx.route?.name?.startsWith('api.v1.me.')) return next()
    if (key.length > 200) throw fieldError(ctx.i18n, 'idempotencyKey', 'maxLength', { max: 200 })

    const print = fingerprint(ctx)
    const since = DateTime.utc().minus({ hours: 24 })
    const existing = await IdempotencyKey.query()
      .where('user_id', user.id)
      .where('key', key)
      .where('created_at', '>', since.toSQL()!)
      .first()
    if (existing) return this.replay(ctx, existing, print)

    await IdempotencyKey.query().where('user_id', user.id).where('key', key).delete()
    let claim: IdempotencyKey
    try {
      claim = await IdempotencyKey.create({ userId: user.id, key, fingerprint: print })
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new IdempotencyConflictException()
      }
      throw error
    }

    try {
      await next()
    } catch (error) {
      await claim.delete()
      throw error
    }
    const status = ctx.response.getStatus()
    if (status >= 500) {
      await claim.delete()
      return
    }
    claim.statusCode = status
    claim.body = ctx.response.getBody() ?? null
    claim.etag = (ctx.response.getHeader('etag') as string | undefined) ?? null
    await claim.save()
  }

  protected replay(ctx: HttpContext, existing: IdempotencyKey, print: string) {
    if (existing.fingerprint !== print)
      throw fieldError(ctx.i18n, 'idempotencyKey', 'idempotencyMismatch')
    if (existing.statusCode === null) throw new IdempotencyConflictException()
    ctx.response.header('Idempotent-Replayed', 'true')
    if (existing.etag) ctx.response.header('ETag', existing.etag)
    ctx.response.status(existing.statusCode).send(existing.body)
  }
}
