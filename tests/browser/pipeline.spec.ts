import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import { DateTime } from 'luxon'
import type { Page } from 'playwright'
import { createAgency } from '#tests/helpers/organizations'
import { signIn } from '#tests/helpers/browser'
import { createLead, stagesOf } from '#tests/helpers/pipeline'
import Task from '#crm/models/task'
import Deal from '#crm/models/deal'
import Activity from '#crm/models/activity'

async function signOut(page: Page) {
  await page.locator('[data-test="user-menu"]').click()
  await page.getByRole('menuitem', { name: 'Log out' }).click()
  await page.waitForURL((url) => url.pathname === '/login')
}

test.group('Pipeline in the browser', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('a broker works a lead into a deal, a manager moves it on the board', async ({
    visit,
    assert,
  }) => {
    const { organization, manager, broker } = await createAgency()
    const stages = await stagesOf(organization)
    const first = stages[0]!
    const negotiation = stages.find((stage) => stage.nameEn === 'Negotiation')!
    const lead = await createLead(organization, broker, {
      name: 'Omar Haddad',
      email: 'omar.haddad@example.com',
      value: '1500000.00',
      valueCurrency: 'SAR',
    })
    const task = await Task.create({
      organizationId: organization.id,
      title: 'Send Omar the villa brochure',
      creatorId: manager.id,
      assigneeId: broker.id,
      leadId: lead.id,
      priority: 'high',
      status: 'todo',
      dueAt: DateTime.utc().plus({ days: 2 }),
      custom: {},
    })

    const page = await visit('/login')
    await page.setViewportSize({ width: 1280, height: 900 })
    await signIn(page, broker.email)

    /* the broker logs a call on the lead */
    await page.goto(`/leads/${lead.id}`)
    await page.assertTextContains('[data-test="record-title"]', 'Omar Haddad')
    const quickLog = page.locator('[data-test="activity-quick-log"]')
    await quickLog.waitFor()
    await page.locator('[data-test="activity-subject"]').fill('First call')
    await page.locator('[data-test="activity-duration"] input').fill('4')
    await page.locator('[data-test="activity-body"]').fill('Wants a villa in Al Malqa')
    await page.locator('[data-test="activity-save"]').click()
    await page.assertTextContains('.p-toast', 'Activity logged')
    const call = await Activity.query().where('leadId', lead.id).firstOrFail()
    assert.equal(call.type, 'call')
    assert.equal(call.authorId, broker.id)
    assert.equal(call.callDuration, 240)
    assert.equal(call.callOutcome, 'answered')

    /* moves it to qualified */
    await page.goto(`/leads/${lead.id}/edit`)
    await page.locator('[data-test="field-status"]').click()
    await page.getByRole('option', { name: 'Qualified', exact: true }).click()
    await page.locator('[data-test="form-submit"]').click()
    await page.waitForURL((url) => url.pathname === `/leads/${lead.id}`)
    await page.assertTextContains('[data-test="detail-status"]', 'Qualified')
    await lead.refresh()
    assert.equal(lead.status, 'qualified')

    /* converts it */
    page.once('dialog', (dialog) => dialog.accept())
    await page.locator('[data-test="lead-convert"]').click()
    await page.waitForURL((url) => /^\/deals\/\d+$/.test(url.pathname))
    const deal = await Deal.query().where('leadId', lead.id).firstOrFail()
    assert.equal(new URL(page.url()).pathname, `/deals/${deal.id}`)
    assert.equal(deal.stageId, first.id)
    await page.assertTextContains('[data-test="record-title"]', deal.title)
    await page.assertTextContains('.p-toast', 'Lead converted')
    await page.assertTextContains('[data-test="detail-stageId"]', 'Qualification')
    await page.assertTextContains('[data-test="detail-leadId"]', 'Omar Haddad')
    assert.equal(deal.value, '1500000.00')
    assert.equal(deal.ownerId, broker.id)
    await lead.refresh()
    assert.equal(lead.status, 'won')
    assert.equal(lead.convertedDealId, deal.id)

    /* the manager's task is in the broker's "My tasks" */
    await page.goto('/tasks/mine')
    await page.assertTextContains(`[data-test="task-${task.id}"]`, 'Send Omar the villa brochure')
    await page.assertTextContains('[data-test="tasks-upcoming"]', 'Send Omar the villa brochure')
    await page.assertTextContains(`[data-test="task-${task.id}"]`, 'Omar Haddad')
    await page.assertTextContains(`[data-test="task-${task.id}"]`, 'High')
    assert.equal(await page.locator('[data-test="task-new"]').getAttribute('href'), '/tasks/create')

    /* in Arabic */
    await page.locator('[data-test="language-switch"]').click()
    await page.waitForSelector('html[dir="rtl"]', { state: 'attached' })
    await page.assertTextContains('h1', 'مهامي')
    await page.assertTextContains('[data-test="tasks-upcoming"]', 'قادمة')
    await page.assertTextContains(`[data-test="task-${task.id}"]`, 'عالية')
    await page.locator('[data-test="language-switch"]').click()
    await page.waitForSelector('html[dir="ltr"]', { state: 'attached' })
    await page.locator(`[data-test="task-link-${task.id}"]`).click()
    await page.waitForURL((url) => url.pathname === `/tasks/${task.id}`)
    await page.assertTextContains('[data-test="record-title"]', 'Send Omar the villa brochure')

    await signOut(page)
    await signIn(page, manager.email)

    /* the manager drags the deal to negotiation */
    await page.goto('/deals/board')
    const card = page.locator(`[data-test="deal-card-${deal.id}"]`)
    await page
      .locator(`[data-test="board-column-${first.id}"] [data-test="deal-card-${deal.id}"]`)
      .waitFor()
    await page.assertTextContains(`[data-test="board-total-${first.id}"]`, '1 deal')
    await page.assertTextContains(`[data-test="board-total-${first.id}"]`, 'weighted 150,000')
    await page.assertTextContains(`[data-test="board-total-${negotiation.id}"]`, '0 deals')
    /*
     * Native HTML5 drag and drop through dragTo, grabbing the card by its
     * edge: pressed over the card's text, Chromium does not start the drag
     * within dragTo's pointer moves (a hand's small moves do start it).
     */
    await card.dragTo(page.locator(`[data-test="board-column-${negotiation.id}"]`), {
      sourcePosition: { x: 8, y: 8 },
    })
    await page
      .locator(`[data-test="board-column-${negotiation.id}"] [data-test="deal-card-${deal.id}"]`)
      .waitFor()
    await page.assertTextContains(`[data-test="board-total-${first.id}"]`, '0 deals')
    await page.assertTextContains(`[data-test="board-total-${negotiation.id}"]`, '1 deal')
    await page.assertTextContains(`[data-test="board-total-${negotiation.id}"]`, '1,500,000')
    await page.assertTextContains(
      `[data-test="board-total-${negotiation.id}"]`,
      'weighted 1,125,000'
    )
    await deal.refresh()
    assert.equal(deal.stageId, negotiation.id)

    /* the deal's timeline: creation by the broker, the stage moves */
    await page.goto(`/deals/${deal.id}`)
    await page.locator('[data-test="timeline-tab"]').click()
    const dealEntries = page.locator('[data-test="record-timeline"] [data-test="timeline-entry"]')
    await dealEntries.first().waitFor()
    const dealStory = await dealEntries.allInnerTexts()
    const created = dealStory.find((text) => text.startsWith('Created'))
    assert.include(created, broker.name)
    const moves = page.locator('[data-test="timeline-entry"][data-kind="stage"]')
    assert.equal(await moves.count(), 2)
    const [moved, opened] = await moves.allInnerTexts()
    assert.match(moved, /^Stage changed/)
    assert.include(moved, manager.name)
    assert.match(moved, /Qualification\s*Negotiation/)
    assert.match(opened, /^Stage changed/)
    assert.include(opened, broker.name)
    assert.match(opened, /—\s*Qualification/)
    const update = page.locator('[data-test="timeline-entry"][data-kind="audit"]', {
      hasText: 'Updated',
    })
    const stageRow = update.getByRole('row', { name: /^Stage / })
    assert.match(await stageRow.innerText(), /^Stage\s*Qualification\s*Negotiation$/)
    assert.notInclude(await update.innerText(), '#', 'related records are named, not numbered')

    /* the lead's timeline: the call, the status change, the conversion, the task */
    await page.goto(`/leads/${lead.id}`)
    await page.locator('[data-test="timeline-tab"]').click()
    const leadEntries = page.locator('[data-test="record-timeline"] [data-test="timeline-entry"]')
    await leadEntries.first().waitFor()
    const leadStory = await leadEntries.allInnerTexts()
    const titles = leadStory.map((text) => text.split('\n')[0].split('·')[0].trim())
    assert.includeMembers(titles, ['Converted to a deal', 'Updated', 'Call', 'Task'])
    assert.isBelow(titles.indexOf('Converted to a deal'), titles.indexOf('Updated'))
    assert.isBelow(titles.indexOf('Updated'), titles.indexOf('Call'))
    const callEntry = leadStory[titles.indexOf('Call')]
    assert.include(callEntry, broker.name)
    assert.include(callEntry, 'First call')
    assert.include(callEntry, 'Wants a villa in Al Malqa')
    assert.include(callEntry, 'Outbound · 4:00 · Answered')
    assert.match(leadStory[titles.indexOf('Updated')], /Status\s*New\s*Qualified/)
    assert.include(leadStory[titles.indexOf('Converted to a deal')], broker.name)
    const taskEntry = leadStory[titles.indexOf('Task')]
    assert.include(taskEntry, manager.name)
    assert.include(taskEntry, `Assigned to ${broker.name}`)
    assert.include(taskEntry, 'Send Omar the villa brochure')
  })
})
