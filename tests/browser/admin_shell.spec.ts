import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { TEST_PASSWORD } from '#database/factories/user_factory'
import { createAgency } from '#tests/helpers/organizations'

test.group('Admin shell', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('a manager signs in through the login page and uses the shell in both languages', async ({
    visit,
    assert,
  }) => {
    const { manager, organization } = await createAgency()

    const page = await visit('/login')
    await page.setViewportSize({ width: 360, height: 740 })
    await page.locator('#email').fill(manager.email)
    await page.locator('#password').fill(TEST_PASSWORD)
    await page.locator('[data-test="login-submit"]').click()

    await page.waitForURL((url) => url.pathname === '/')
    await page.assertTextContains('.p-toast', `Welcome back, ${manager.name}`)
    await page.assertTextContains('[data-test="organization-name"]', organization.name)
    await page.assertTextContains('[data-test="dashboard-title"]', `Welcome, ${manager.name}`)
    assert.equal(await page.locator('html').getAttribute('dir'), 'ltr')

    await page.locator('[data-test="language-switch"]').click()
    await page.waitForSelector('html[dir="rtl"]', { state: 'attached' })
    assert.equal(await page.locator('html').getAttribute('lang'), 'ar')
    await page.assertTextContains('[data-test="dashboard-title"]', `مرحبًا، ${manager.name}`)

    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth'
    )
    assert.equal(overflow, 0, 'nothing overflows a 360 px wide screen')

    await page.locator('[data-test="open-navigation"]').click()
    await page.getByRole('link', { name: 'الفريق' }).click()
    await page.waitForURL((url) => url.pathname === '/team')
    await page.assertTextContains('h1', 'الفريق')
  })

  test('a wrong password shows the error on the login page', async ({ visit }) => {
    const { broker } = await createAgency()
    const page = await visit('/login')
    await page.locator('#email').fill(broker.email)
    await page.locator('#password').fill('Not-the-password-1!')
    await page.locator('[data-test="login-submit"]').click()
    await page.assertTextContains(
      '[data-test="login-error"]',
      'These credentials do not match our records'
    )
  })
})
