import { test } from '@japa/runner'
import limiter from '@adonisjs/limiter/services/main'
import { unavailable } from '#tests/helpers/services'

/**
 * With REDIS_URL set, rate limits (and sessions) live in Redis so several
 * app instances share them. CI and this machine run Redis on 127.0.0.1.
 */
test.group('Redis stores', () => {
  test('rate limits counted in Redis block past the limit', async ({ assert }) => {
    const counter = limiter.use('redis', { requests: 2, duration: '1 min' })
    const key = `test:${Date.now()}`
    await counter.consume(key)
    await counter.consume(key)
    await assert.rejects(() => counter.consume(key), 'Too many requests')
    await counter.delete(key)
  }).skip(...unavailable('redis'))
})
