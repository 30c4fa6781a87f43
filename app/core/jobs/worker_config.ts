import app from '@adonisjs/core/services/app'
import { configProvider } from '@adonisjs/core'
import type { QueueConfig, QueueManagerConfig, WorkerConfig } from '@adonisjs/queue/types'

/**
 * The queue configuration with its adapters resolved, as a `Worker` takes
 * it (what `node ace queue:work` builds), with some worker settings changed.
 */
export async function workerConfig(
  changes: { default?: string; worker?: WorkerConfig } = {}
): Promise<QueueManagerConfig> {
  const config = app.config.get<QueueConfig>('queue')
  const adapters: QueueManagerConfig['adapters'] = {}
  for (const [name, adapter] of Object.entries(config.adapters)) {
    adapters[name] =
      typeof adapter === 'function' ? adapter : (await configProvider.resolve(app, adapter))!
  }
  return {
    ...config,
    default: changes.default ?? config.default,
    adapters,
    autoLoadJobs: false,
    jobFactory: (JobClass) => app.container.make(JobClass),
    worker: { ...config.worker, ...changes.worker },
  }
}
