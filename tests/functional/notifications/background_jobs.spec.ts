import { randomUUID } from 'node:crypto'
import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import limiter from '@adonisjs/limiter/services/main'
import mail from '@adonisjs/mail/services/main'
import transmit from '@adonisjs/transmit/services/main'
import { fixedBackoff, Locator, QueueManager, Schedule, Worker } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import { DateTime } from 'luxon'
import { BackgroundJob } from '#core/jobs/background_job'
import { declaredSchedules, syncSchedules } from '#core/jobs/scheduler'
import { workerConfig } from '#core/jobs/worker_config'
import TaskRemindersJob from '#crm/jobs/task_reminders_job'
import Task from '#crm/models/task'
import { UserFactory } from '#database/factories/user_factory'
import Notification from '#notifications/models/notification'
import NotificationMail from '#notifications/mails/notification_mail'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor, expectStatus } from '#tests/helpers/api'
import { unavailable } from '#tests/helpers/services'
import '#start/scheduler'

/** how often each test job ran, by run id */
const executions = new Map<string, number>()

class FailsTwiceJob extends BackgroundJob<{ runId: string }> {
  static options: JobOptions = {
    name: 'TestFailsTwiceJob',
    maxRetries: 3,
    retry: { backoff: fixedBackoff('20ms') },
    removeOnComplete: false,
  }

  async execute() {
    executions.set(this.payload.runId, (executions.get(this.payload.runId) ?? 0) + 1)
    if (this.context.attempt < 3) throw new Error(`attempt ${this.context.attempt} failed`)
  }
}

class AlwaysFailsJob extends BackgroundJob<{ runId: string; organizationId: number }> {
  static options: JobOptions = {
    name: 'TestAlwaysFailsJob',
    maxRetries: 1,
    retry: { backoff: fixedBackoff('20ms') },
  }

  async execute() {
    executions.set(this.payload.runId, (executions.get(this.payload.runId) ?? 0) + 1)
    throw new Error('the mail server said no')
  }
}

async function until<T>(check: () => Promise<T | undefined>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const value = await check()
    if (value) return value
    await new Promise((resolve) => setTimeout(resolve, 25))
  }

  throw new Error('timed out waiting')
}

/**
 * Runs a real worker on one of the queue's stores while `fn` runs, outside
 * any test transaction (the worker has its own connections).
 */
async function withWorker(adapter: 'database' | 'redis', fn: () => Promise<void>) {
  const worker = new Worker(
    await workerConfig({
      default: adapter,
      worker: { concurrency: 2, idleDelay: '20ms', gracefulShutdown: false },
    })
  )
  await worker.init()
  void worker.start(['default'])
  try {
    await fn()
  } finally {
    await worker.stop()
    await QueueManager.init(await workerConfig())
  }
}

test.group('Background jobs: retries and failures on a real queue', (group) => {
  group.setup(() => {
    Locator.register('TestFailsTwiceJob', FailsTwiceJob)
    Locator.register('TestAlwaysFailsJob', AlwaysFailsJob)
    return async () => {
      await db.from('queue_jobs').whereILike('data', '%"name":"Test%').delete()
    }
  })

  for (const adapter of ['database', 'redis'] as const) {
    test(`on ${adapter}, a job that fails twice and then succeeds ends as succeeded with 3 attempts`, async ({
      assert,
    }) => {
      await withWorker(adapter, async () => {
        const runId = randomUUID()
        const { jobId } = await FailsTwiceJob.dispatch({ runId }).run()

        const record = await until(async () => {
          const job = await QueueManager.use(adapter).getJob(jobId, 'default')
          return job?.status === 'completed' ? job : undefined
        })
        assert.equal(executions.get(runId), 3)
        assert.equal(
          record.data.attempts + 1,
          3,
          'two failed attempts, then the one that succeeded'
        )
        assert.notExists(
          await db.from('failed_jobs').whereRaw("payload->>'runId' = ?", [runId]).first()
        )
      })
    }).skip(...unavailable(adapter === 'redis' ? 'redis' : 'postgres'))
  }

  test('a job that always fails is retried, then shown on its organization’s failed-jobs screen', async ({
    assert,
    client,
    cleanup,
  }) => {
    const { organization, admin } = await createAgency()
    cleanup(() => organization.delete())
    const runId = randomUUID()
    let failure: Record<string, unknown> = {}
    await withWorker('database', async () => {
      await AlwaysFailsJob.dispatch({ runId, organizationId: organization.id }).run()
      failure = await until(() =>
        db.from('failed_jobs').whereRaw("payload->>'runId' = ?", [runId]).first()
      )
    })
    assert.equal(executions.get(runId), 2)
    assert.include(failure, {
      organization_id: organization.id,
      queue: 'default',
      job: 'TestAlwaysFailsJob',
      error: 'the mail server said no',
      attempts: 2,
    })

    const screen = await client.get('/settings/jobs').loginAs(admin).withInertia()
    screen.assertStatus(200)
    assert.deepInclude(screen.inertiaProps.failedJobs[0], {
      job: 'TestAlwaysFailsJob',
      queue: 'default',
      error: 'the mail server said no',
      attempts: 2,
    })
  }).skip(...unavailable('postgres'))
})

test.group('Scheduled work: once per run, however many workers', (group) => {
  group.setup(async () => {
    await QueueManager.init(await workerConfig({ default: 'database' }))
    return async () => {
      await Schedule.list().then((all) => Promise.all(all.map((schedule) => schedule.delete())))
      await QueueManager.init(await workerConfig())
    }
  })

  test('workers store every declared schedule with its cron expression', async ({ assert }) => {
    await syncSchedules()
    const stored = await Schedule.list()
    for (const declared of declaredSchedules()) {
      const schedule = stored.find((candidate) => candidate.id === declared.id)
      assert.exists(schedule, declared.id)
      assert.equal(schedule!.cronExpression, declared.cron)
      assert.equal(schedule!.name, declared.job.options.name)
      assert.isNotNull(schedule!.nextRunAt)
    }
    assert.includeMembers(
      stored.map((schedule) => schedule.id),
      ['tasks.reminders', 'notifications.daily-digest', 'housekeeping']
    )
  })

  test('a due run is claimed by one of two workers polling at the same moment', async ({
    assert,
  }) => {
    await syncSchedules()
    await db
      .from('queue_schedules')
      .where('id', 'tasks.reminders')
      .update({ next_run_at: new Date(Date.now() - 1000) })
    const adapter = QueueManager.use('database')

    const claimedFrom = Date.now()
    const [first, second] = await Promise.all([
      adapter.claimDueSchedule(),
      adapter.claimDueSchedule(),
    ])

    const claimed = [first, second].filter((schedule) => schedule?.id === 'tasks.reminders')
    assert.lengthOf(claimed, 1)
    const stored = await Schedule.find('tasks.reminders')
    assert.isAbove(stored!.nextRunAt!.getTime(), claimedFrom)
  })
})

test.group('Task reminders', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  async function taskFor(
    organizationId: number,
    assigneeId: number,
    dueAt: DateTime,
    title = 'Call Omar back'
  ) {
    return Task.create({
      organizationId,
      title,
      status: 'todo',
      priority: 'high',
      assigneeId,
      dueAt,
    })
  }

  function remindersOf(userId: number) {
    return Notification.query().where('user_id', userId).orderBy('id')
  }

  test('the overdue reminder for a task is sent once even when the scheduler runs twice', async ({
    assert,
  }) => {
    const fake = mail.fake()
    const { organization, broker } = await createAgency()
    const task = await taskFor(organization.id, broker.id, DateTime.now().minus({ hours: 1 }))

    await Promise.all([TaskRemindersJob.dispatch({}).run(), TaskRemindersJob.dispatch({}).run()])
    await TaskRemindersJob.dispatch({}).run()

    const reminders = await remindersOf(broker.id)
    assert.deepEqual(
      reminders.map((notification) => notification.type),
      ['task.overdue']
    )
    assert.equal(reminders[0].url, `/tasks/${task.id}`)
    assert.equal(reminders[0].priority, 'high')
    fake.mails.assertQueuedCount(NotificationMail, 1)

    task.dueAt = DateTime.now().minus({ minutes: 5 })
    await task.save()
    await TaskRemindersJob.dispatch({}).run()
    assert.lengthOf(await remindersOf(broker.id), 2, 'a new due date re-arms the reminder')
    mail.restore()
  })

  test('a task due within 24 hours is announced once; done and far-off tasks are not', async ({
    assert,
  }) => {
    mail.fake()
    const { organization, broker, manager } = await createAgency()
    await taskFor(organization.id, broker.id, DateTime.now().plus({ hours: 3 }), 'Soon')
    await taskFor(organization.id, broker.id, DateTime.now().plus({ days: 3 }), 'Later')
    const done = await taskFor(organization.id, manager.id, DateTime.now().minus({ hours: 2 }))
    done.status = 'done'
    await done.save()

    await TaskRemindersJob.dispatch({}).run()
    await TaskRemindersJob.dispatch({}).run()

    const reminders = await remindersOf(broker.id)
    assert.deepEqual(
      reminders.map((notification) => [notification.type, notification.data.task]),
      [['task.due_soon', 'Soon']]
    )
    assert.lengthOf(await remindersOf(manager.id), 0)
    mail.restore()
  })
})

test.group('Notifications: a task assigned to a broker', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('creates a notification in the broker’s language, queues one e-mail and broadcasts on the broker’s channel', async ({
    client,
    assert,
    cleanup,
  }) => {
    const fake = mail.fake()
    cleanup(() => mail.restore())
    const { organization, manager } = await createAgency()
    const broker = await UserFactory.merge({ organizationId: organization.id })
      .apply('arabic')
      .create()
    const broadcasts: { channel: string; payload: { type: string; data: Record<string, any> } }[] =
      []
    cleanup(transmit.on('broadcast', (event) => broadcasts.push(event as any)))

    const created = await expectStatus(
      client
        .post('/api/v1/tasks')
        .bearerToken(await bearerFor(manager))
        .json({ title: '<img src=x onerror=alert(1)>', assigneeId: broker.id }),
      201
    )

    const [notification] = await Notification.query().where('user_id', broker.id)
    assert.equal(notification.type, 'task.assigned')
    const listed = await expectStatus(
      client.get('/api/v1/notifications').bearerToken(await bearerFor(broker)),
      200
    )
    assert.equal(listed.body().data[0].title, 'مهمة جديدة لك')
    assert.include(listed.body().data[0].body, '<img src=x onerror=alert(1)>')

    fake.mails.assertQueuedCount(NotificationMail, 1)
    const [queued] = fake.mails.queued() as NotificationMail[]
    assert.isTrue(queued.message.hasTo(broker.email))
    queued.message.assertContent('html', '&lt;img src=x onerror=alert(1)&gt;')
    assert.notInclude(queued.message.toJSON().message.html as string, '<img src=x')

    const toBroker = broadcasts.filter((message) => message.channel === `users/${broker.id}`)
    assert.lengthOf(toBroker, 1)
    assert.equal(toBroker[0].payload.type, 'notification.created')
    assert.equal(toBroker[0].payload.data.url, `/tasks/${created.body().data.id}`)
  })
})
