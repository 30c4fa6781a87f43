import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import type { Page } from 'playwright'
import { createAgency } from '#tests/helpers/organizations'
import { pickUser, signIn } from '#tests/helpers/browser'
import Contact from '#crm/models/contact'

/**
 * Picks an option of an open PrimeVue Select / MultiSelect / AutoComplete
 * overlay by its label.
 */
async function pickOption(page: Page, label: string) {
  await page.getByRole('option', { name: label, exact: true }).click()
}

test.group('Resource engine in the browser', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('create, filter, save a view, bulk-assign, export and import contacts', async ({
    visit,
    assert,
  }) => {
    const { organization, manager, broker } = await createAgency()
    const inOrganization = { organizationId: organization.id, custom: {}, tags: [] }
    const sara = await Contact.create({
      ...inOrganization,
      name: 'Sara Existing',
      email: 'sara.existing@example.com',
      source: 'referral',
      ownerId: manager.id,
    })
    const walid = await Contact.create({
      ...inOrganization,
      name: 'Walid Walkin',
      email: 'walid.walkin@example.com',
      source: 'walk_in',
      ownerId: manager.id,
    })

    const page = await visit('/login')
    await page.setViewportSize({ width: 1280, height: 900 })
    await signIn(page, manager.email)

    /* create, with an inline validation error corrected */
    await page.goto('/contacts/create')
    await page.locator('[data-test="field-name"]').fill('Layla Nasser')
    await page.locator('[data-test="field-email"]').fill('layla-at-example')
    await page.locator('[data-test="field-source"]').click()
    await pickOption(page, 'Referral')
    await page.locator('[data-test="form-submit"]').click()
    const emailError = page.locator('div:has(> #field-input-email) > [data-test="field-error"]')
    await emailError.waitFor()
    await page.assertElementsCount('[data-test="field-error"]', 1)
    assert.include(await emailError.textContent(), 'valid e-mail')
    assert.equal(await page.locator('[data-test="field-email"]').inputValue(), 'layla-at-example')
    assert.equal(await page.locator('[data-test="field-name"]').inputValue(), 'Layla Nasser')
    assert.equal(page.url().endsWith('/contacts/create'), true)

    await page.locator('[data-test="field-email"]').fill('layla.nasser@example.com')
    await page.locator('[data-test="form-submit"]').click()
    await page.waitForURL((url) => /^\/contacts\/\d+$/.test(url.pathname))
    await page.assertTextContains('[data-test="record-title"]', 'Layla Nasser')
    const layla = await Contact.query()
      .where('organizationId', organization.id)
      .where('email', 'layla.nasser@example.com')
      .firstOrFail()
    assert.equal(new URL(page.url()).pathname, `/contacts/${layla.id}`)
    assert.equal(layla.source, 'referral')
    await page.assertTextContains('[data-test="detail-email"]', 'layla.nasser@example.com')

    /* filter the list by source */
    await page.goto('/contacts')
    await page.locator(`[data-test="record-link-${walid.id}"]`).waitFor()
    await page.locator('[data-test="resource-filter-toggle"]').click()
    await page.locator('[data-test="filter-source"]').click()
    await pickOption(page, 'Referral')
    await page.keyboard.press('Escape')
    await page.locator('[data-test="filter-apply"]').click()
    await page.waitForURL((url) => url.searchParams.get('filter[source][in]') === 'referral')
    await page.locator(`[data-test="record-link-${walid.id}"]`).waitFor({ state: 'detached' })
    await page.assertTextContains('[data-test="resource-total"]', '2 records')
    await page.assertElementsCount('[data-test="resource-table"] tbody tr', 2)
    await page.locator(`[data-test="record-link-${sara.id}"]`).waitFor()
    await page.locator(`[data-test="record-link-${layla.id}"]`).waitFor()

    /* save it as the default view */
    await page.locator('[data-test="view-save"]').click()
    await page.locator('[data-test="view-name"]').fill('Referrals')
    await page.locator('[data-test="view-default"]').click()
    await page.locator('[data-test="view-save-confirm"]').click()
    await page.waitForURL((url) => url.searchParams.has('view'))
    await page.assertTextContains('[data-test="view-select"]', 'Referrals')

    await page.locator('[data-test="view-select"] .p-select-clear-icon').click()
    await page.waitForURL((url) => !url.searchParams.has('view'))
    await page.assertTextContains('[data-test="view-select"]', 'All records')
    await page.locator(`[data-test="record-link-${walid.id}"]`).waitFor()
    await page.locator('[data-test="view-select"]').click()
    await page.getByRole('option', { name: 'Referrals' }).click()
    await page.locator(`[data-test="record-link-${walid.id}"]`).waitFor({ state: 'detached' })

    await page.goto('/contacts')
    await page.waitForURL((url) => url.searchParams.get('filter[source][in]') === 'referral')
    await page.assertTextContains('[data-test="view-select"]', 'Referrals')
    await page.assertElementsCount('[data-test="resource-table"] tbody tr', 2)

    /* bulk-assign the broker */
    await page.locator('[data-test="row-select-all"]').click()
    await page.assertTextContains('[data-test="bulk-bar"]', '2 selected')
    await page.locator('[data-test="bulk-action-assignOwner"]').click()
    await pickUser(page, '[data-test="bulk-owner"]', broker.name)
    await page.locator('[data-test="bulk-confirm"]').click()
    await page.assertTextContains('.p-toast', '2 records updated')
    await page.locator('[data-test="bulk-bar"]').waitFor({ state: 'detached' })
    for (const record of [sara, layla]) {
      const row = `[data-test="resource-table"] tbody tr:has([data-test="record-link-${record.id}"])`
      await page.assertTextContains(row, broker.name)
      const shown = await page.locator(row).innerText()
      assert.notInclude(shown, manager.name)
    }
    await sara.refresh()
    await layla.refresh()
    assert.equal(sara.ownerId, broker.id)
    assert.equal(layla.ownerId, broker.id)
    await walid.refresh()
    assert.equal(walid.ownerId, manager.id)

    /* export the filtered list */
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-test="resource-export-csv"]').click(),
    ])
    const downloaded = await download.path()
    const content = await readFile(downloaded!, 'utf8')
    const csv = content.replace(/^\uFEFF/, '')
    const [header, ...rows] = csv.trim().split(/\r?\n/)
    assert.include(header, 'Name')
    assert.include(header, 'E-mail')
    assert.lengthOf(rows, 2)
    assert.isTrue(rows.some((row) => row.includes('Sara Existing')))
    assert.isTrue(rows.some((row) => row.includes('layla.nasser@example.com')))
    assert.isFalse(csv.includes('Walid'))

    /* Arabic: the list is right-to-left with Arabic labels */
    await page.locator('[data-test="language-switch"]').click()
    await page.waitForSelector('html[dir="rtl"]', { state: 'attached' })
    await page.assertTextContains('[data-test="resource-title"]', 'جهات الاتصال')
    await page.assertTextContains('[data-test="resource-table"] thead', 'المصدر')
    await page.locator('[data-test="language-switch"]').click()
    await page.waitForSelector('html[dir="ltr"]', { state: 'attached' })

    /* import: one new row, one duplicate, one invalid row */
    const folder = await mkdtemp(join(tmpdir(), 'nova-import-'))
    const file = join(folder, 'contacts.csv')
    await writeFile(
      file,
      [
        'Name,Email,Source',
        'Nadia Fresh,nadia.fresh@example.com,referral',
        'Sara Again,sara.existing@example.com,referral',
        'Broken Row,not-an-email,referral',
      ].join('\n')
    )
    try {
      await page.goto('/contacts/import')
      await page.locator('[data-test="import-file"]').setInputFiles(file)
      await page.locator('[data-test="import-upload"]').click()
      await page.locator('[data-test="import-dry-run"]').waitFor()
      await page.assertTextContains('[data-test="map-Email"]', 'E-mail')
      await page.locator('[data-test="import-dry-run"]').click()

      await page.locator('[data-test="import-commit"]').waitFor()
      await page.assertTextContains('[data-test="import-count-created"]', '1')
      await page.assertTextContains('[data-test="import-count-skipped"]', '1')
      await page.assertTextContains('[data-test="import-count-rejected"]', '1')
      await page.assertElementsCount('[data-test="import-error-row"]', 2)
      const problemRows = await page.locator('[data-test="import-error-row"]').allInnerTexts()
      const problems = problemRows.map((text) => text.replace(/\s+/g, ' ').trim())
      assert.deepEqual(problems, [
        `3 Skipped: same E-mail as record #${sara.id}`,
        '4 E-mail must be a valid e-mail address',
      ])
      assert.isNull(
        await Contact.query()
          .where('organizationId', organization.id)
          .where('email', 'nadia.fresh@example.com')
          .first(),
        'a dry run writes nothing'
      )

      await page.locator('[data-test="import-commit"]').click()
      await page.locator('[data-test="import-result"][data-status="completed"]').waitFor()
      await page.assertTextContains('[data-test="import-result"]', '3 of 3 rows')
      assert.equal(
        await page.locator('[data-test="import-progress"]').getAttribute('aria-valuenow'),
        '100'
      )
      await page.assertTextContains('[data-test="import-count-created"]', '1')
      const nadia = await Contact.query()
        .where('organizationId', organization.id)
        .where('email', 'nadia.fresh@example.com')
        .first()
      assert.isNotNull(nadia)
      const imported = await Contact.query()
        .where('organizationId', organization.id)
        .whereNull('deletedAt')
      assert.lengthOf(imported, 4)

      page.once('dialog', (dialog) => dialog.accept())
      await page.locator('[data-test="import-undo"]').click()
      await page.locator('[data-test="import-result"][data-status="undone"]').waitFor()
      await page.locator('[data-test="import-undone"]').waitFor()
      const after = await Contact.query()
        .where('organizationId', organization.id)
        .where('email', 'nadia.fresh@example.com')
        .whereNull('deletedAt')
        .first()
      assert.isNull(after)
      const live = await Contact.query()
        .where('organizationId', organization.id)
        .whereNull('deletedAt')
        .orderBy('name')
      assert.deepEqual(
        live.map((contact) => contact.name),
        ['Layla Nasser', 'Sara Existing', 'Walid Walkin']
      )
    } finally {
      await rm(folder, { recursive: true, force: true })
    }

    /* the bulk assignment is on the record's timeline, by name */
    await page.goto(`/contacts/${sara.id}`)
    await page.locator('[data-test="timeline-tab"]').click()
    const ownerChange = page
      .locator('[data-test="timeline-entry"][data-kind="audit"]', { hasText: 'Updated' })
      .getByRole('row', { name: /^Owner / })
    const ownerText = await ownerChange.innerText()
    assert.equal(ownerText.replace(/\s+/g, ' ').trim(), `Owner ${manager.name} ${broker.name}`)
  })
})
