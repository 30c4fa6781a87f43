import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { HealthChecks } from '@adonisjs/core/health'
import { DbCheck } from '@adonisjs/lucid/database'
import ReadinessProbe from '#core/health/readiness_probe'

test.group('Health', (group) => {
  group.each.teardown(() => app.container.restore(ReadinessProbe))

  test('live answers 200 while the process runs', async ({ client, assert }) => {
    const response = await client.get('/health/live')
    response.assertStatus(200)
    response.assertBody({ status: 'ok' })
    assert.match(response.header('x-request-id') ?? '', /^[0-9a-f-]{36}$/)
    assert.notProperty(response.headers(), 'set-cookie', 'probes open no session')
  })

  test('ready answers 200 when the database answers', async ({ client }) => {
    const response = await client.get('/health/ready')
    response.assertStatus(200)
    response.assertBody({ status: 'ok' })
  })

  test('ready answers 503 without internals when the database is unreachable', async ({
    client,
    cleanup,
  }) => {
    db.manager.add('unreachable', {
      client: 'pg',
      connection: { host: '127.0.0.1', port: 1, user: 'nobody', database: 'nowhere' },
      pool: { min: 0, max: 1, acquireTimeoutMillis: 3000 },
    })
    cleanup(() => db.manager.close('unreachable', true))
    app.container.swap(
      ReadinessProbe,
      () =>
        new ReadinessProbe(new HealthChecks().register([new DbCheck(db.connection('unreachable'))]))
    )

    const response = await client.get('/health/ready')
    response.assertStatus(503)
    response.assertBody({ status: 'unavailable' })
  })
})
