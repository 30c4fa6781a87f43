import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import { createAgency } from '#tests/helpers/organizations'
import { signIn } from '#tests/helpers/browser'

const isTypedSearch = (url: URL) =>
  url.pathname === '/lookup/users' && url.searchParams.get('q') === 'Sara'

test.group('Relation picker in the browser', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('a search answering after the user picked does not reopen the list', async ({ visit }) => {
    const { manager, broker } = await createAgency()
    await broker.merge({ name: 'Sara Ahmed' }).save()

    const page = await visit('/login')
    await page.setViewportSize({ width: 1280, height: 900 })
    await signIn(page, manager.email)

    /* the typed search answers slowly, as on a poor connection */
    let releaseTypedSearch!: () => void
    const typedSearchHeld = new Promise<void>((resolve) => (releaseTypedSearch = resolve))
    await page.route(isTypedSearch, async (route) => {
      await typedSearchHeld
      await route.continue()
    })

    await page.goto('/tasks/create')
    const assignee = page.locator('[data-test="field-assigneeId"]')
    await assignee.click()
    const option = page.getByRole('option', { name: 'Sara Ahmed', exact: true })
    await option.waitFor()
    const typedSearchSent = page.waitForRequest((request) => isTypedSearch(new URL(request.url())))
    await assignee.fill('Sara')
    await typedSearchSent

    /* the user picks from the list on screen while that search is still out */
    await option.click()
    await page.getByRole('listbox').waitFor({ state: 'detached' })
    const typedSearchAnswered = page.waitForResponse((response) =>
      isTypedSearch(new URL(response.url()))
    )
    releaseTypedSearch()
    await typedSearchAnswered

    /* its answer neither reopens the list nor leaves the picker searching */
    await page.locator('.p-autocomplete-loader').waitFor({ state: 'detached' })
    await page.waitForTimeout(300)
    await page.assertElementsCount('[role="listbox"]', 0)
    await page.assertInputValue('[data-test="field-assigneeId"]', 'Sara Ahmed')
  })
})
