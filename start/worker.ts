/*
| `npm run dev` runs the worker inside the app (QUEUE_WORK_IN_APP=true): one
| process, one job at a time, which the embedded database can serve, and
| broadcasts from jobs reach the browsers without any transport.
| Production runs `npm run worker` as its own process instead.
*/
import app from '@adonisjs/core/services/app'
import logger from '@adonisjs/core/services/logger'
import { Worker } from '@adonisjs/queue'
import env from '#start/env'
import { QUEUES } from '#config/queue'
import { syncSchedules } from '#core/jobs/scheduler'
import { workerConfig } from '#core/jobs/worker_config'

if (env.get('QUEUE_WORK_IN_APP', false)) {
  await import('#start/scheduler')
  app.ready(async () => {
    await syncSchedules()
    const worker = new Worker(
      await workerConfig({ worker: { concurrency: 1, gracefulShutdown: false } })
    )
    app.terminating(() => worker.stop())
    worker.start([...QUEUES]).catch((error) => logger.error({ err: error }, 'worker stopped'))
    logger.info('running background jobs inside the app')
  })
}
