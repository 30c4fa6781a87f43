import { IdempotencyKeySchema } from '#database/schema'

/**
 * The first reply to a POST sent with an `Idempotency-Key`, replayed to
 * every retry of the same request.
 */
export default class IdempotencyKey extends IdempotencyKeySchema {}
