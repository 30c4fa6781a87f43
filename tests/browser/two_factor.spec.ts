import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import type { Page } from 'playwright'
import { TEST_PASSWORD } from '#database/factories/user_factory'
import { createAgency } from '#tests/helpers/organizations'
import { totpCode } from '#tests/helpers/totp'

async function signIn(page: Page, email: string) {
  await page.goto('/login')
  await page.locator('#email').fill(email)
  await page.locator('#password').fill(TEST_PASSWORD)
  await page.locator('[data-test="login-submit"]').click()
}

async function signOut(page: Page) {
  await page.locator('[data-test="user-menu"]').click()
  await page.getByRole('menuitem', { name: 'Log out' }).click()
  await page.waitForURL((url) => url.pathname === '/login')
}

async function answerChallenge(page: Page, code: string) {
  await page.waitForURL((url) => url.pathname === '/two-factor')
  await page.locator('#code').fill(code)
  await page.locator('[data-test="two-factor-submit"]').click()
  await page.waitForURL((url) => url.pathname === '/')
}

test.group('Two-factor sign-in', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('set up 2FA, sign out, sign in with a code, then with a recovery code', async ({
    visit,
    assert,
  }) => {
    const { broker } = await createAgency()
    const page = await visit('/login')
    await signIn(page, broker.email)
    await page.waitForURL((url) => url.pathname === '/')

    await page.goto('/profile')
    await page.locator('[data-test="two-factor-enable"]').click()
    await page.locator('[data-test="two-factor-secret"]').waitFor()
    const secret = (await page.locator('[data-test="two-factor-secret"]').textContent())!.trim()
    await page.locator('#confirm-code').fill(totpCode(secret))
    await page.locator('[data-test="two-factor-confirm"]').click()
    await page.locator('[data-test="recovery-codes"]').waitFor()
    const codes = await page.locator('[data-test="recovery-codes"] li').allTextContents()
    assert.lengthOf(codes, 10)

    await signOut(page)
    await signIn(page, broker.email)
    await answerChallenge(page, totpCode(secret, 1))
    await page.assertTextContains('[data-test="dashboard-title"]', broker.name)

    await signOut(page)
    await signIn(page, broker.email)
    await answerChallenge(page, codes[0])
    await page.assertTextContains('[data-test="dashboard-title"]', broker.name)
  })
})
