import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import transmit from '@adonisjs/transmit/services/main'
import { createAgency } from '#tests/helpers/organizations'
import { pickUser, signIn } from '#tests/helpers/browser'
import Notification from '#notifications/models/notification'
import Task from '#crm/models/task'

const LIVE_WITHIN_MS = 2000

/**
 * Waits until the page's event stream is subscribed to the channel (the
 * server's own list of subscribers; the app runs in this process).
 */
async function subscribed(channel: string) {
  const deadline = Date.now() + 10_000
  while (transmit.getSubscribersFor(channel).length === 0) {
    if (Date.now() > deadline) throw new Error(`nobody subscribed to ${channel} within 10 s`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/**
 * A mark on the page's window (run in the browser): gone if the page
 * reloads.
 */
const markPage = () => Reflect.set(globalThis, 'notReloaded', true)
const isMarked = () => Reflect.get(globalThis, 'notReloaded') === true

test.group('Notifications in the browser', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('a manager assigns a task and the broker’s bell count rises without a reload', async ({
    browser,
    visit,
    assert,
    cleanup,
  }) => {
    const { organization, manager, broker } = await createAgency()
    await Notification.create({
      organizationId: organization.id,
      userId: broker.id,
      type: 'lead.assigned',
      priority: 'normal',
      data: { lead: 'Omar Haddad', leadId: 1, actor: manager.name },
      url: null,
    })

    /* context A: the manager */
    const managerPage = await visit('/login')
    await managerPage.setViewportSize({ width: 1280, height: 900 })
    await signIn(managerPage, manager.email)

    /* context B: the broker, on their tasks list */
    const brokerContext = await browser.newContext({
      baseURL: `http://${process.env.HOST}:${process.env.PORT}`,
    })
    cleanup(() => brokerContext.close())
    const brokerPage = await brokerContext.newPage()
    await brokerPage.setViewportSize({ width: 1280, height: 900 })
    await signIn(brokerPage, broker.email)
    await brokerPage.goto('/tasks')
    await subscribed(`users/${broker.id}`)
    const bellCount = brokerPage.locator('[data-test="notification-count"]')
    const initialCount = await bellCount.innerText()
    assert.equal(initialCount.trim(), '1')
    await brokerPage.evaluate(markPage)

    /* the manager creates a task for the broker */
    await managerPage.goto('/tasks/create')
    await managerPage.locator('[data-test="field-title"]').fill('Call Omar about the villa')
    await pickUser(managerPage, '[data-test="field-assigneeId"]', broker.name)
    const saved = managerPage.waitForResponse(
      (response) => response.request().method() === 'POST' && response.url().endsWith('/tasks')
    )
    await managerPage.locator('[data-test="form-submit"]').click()
    await saved
    const savedAt = Date.now()

    /* the broker's bell counts it, within 2 s of the save, on the same page */
    await bellCount.filter({ hasText: /^\s*2\s*$/ }).waitFor({ timeout: LIVE_WITHIN_MS })
    const elapsed = Date.now() - savedAt
    assert.isBelow(elapsed, LIVE_WITHIN_MS)
    assert.isTrue(await brokerPage.evaluate(isMarked))
    assert.equal(new URL(brokerPage.url()).pathname, '/tasks')

    await managerPage.waitForURL((url) => /^\/tasks\/\d+$/.test(url.pathname))
    const task = await Task.query()
      .where('organizationId', organization.id)
      .where('title', 'Call Omar about the villa')
      .firstOrFail()
    assert.equal(task.assigneeId, broker.id)
    assert.equal(task.creatorId, manager.id)
    const received = await Notification.query().where('userId', broker.id).orderBy('id')
    assert.deepEqual(
      received.map((notification) => notification.type),
      ['lead.assigned', 'task.assigned']
    )

    /* the toast names it, and the open list shows the new task */
    await brokerPage.locator('.p-toast', { hasText: 'Call Omar about the villa' }).waitFor()
    await brokerPage.locator(`[data-test="record-link-${task.id}"]`).waitFor()
    assert.isTrue(await brokerPage.evaluate(isMarked))

    /* opened from the bell, the notification leads to the task */
    await brokerPage.locator('[data-test="notification-bell"]').click()
    const item = brokerPage.locator('[data-test="notification-item"]', {
      hasText: 'Call Omar about the villa',
    })
    await item.click()
    await brokerPage.waitForURL((url) => url.pathname === `/tasks/${task.id}`)
    await bellCount.filter({ hasText: /^\s*1\s*$/ }).waitFor()
  })

  test('a notification carrying markup shows it as text, on the page and in the bell', async ({
    visit,
    assert,
  }) => {
    const { organization, manager, broker } = await createAgency()
    const markup = '<img src=x onerror=alert(1)>'
    await Notification.create({
      organizationId: organization.id,
      userId: broker.id,
      type: 'lead.assigned',
      priority: 'normal',
      data: { lead: markup, leadId: 1, actor: manager.name },
      url: null,
    })
    const page = await visit('/login')
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await signIn(page, broker.email)

    await page.goto('/notifications')
    const item = page.locator('[data-test="notification-row"]', { hasText: markup })
    await item.waitFor()
    assert.equal(await item.locator('img').count(), 0)

    await page.locator('[data-test="notification-bell"]').click()
    const inBell = page.locator('[data-test="notification-item"]', { hasText: markup })
    await inBell.waitFor()
    assert.equal(await inBell.locator('img').count(), 0)
    assert.deepEqual(dialogs, [], 'no script ran')
  })
})
