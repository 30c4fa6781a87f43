import type { Page } from 'playwright'
import { TEST_PASSWORD } from '#database/factories/user_factory'

/** Signs in through the login page and waits for the dashboard. */
export async function signIn(page: Page, email: string) {
  await page.goto('/login')
  await page.locator('#email').fill(email)
  await page.locator('#password').fill(TEST_PASSWORD)
  await page.locator('[data-test="login-submit"]').click()
  await page.waitForURL((url) => url.pathname === '/')
}

/**
 * Types a user's first name into a user picker and picks them from the
 * answer to what was typed (the on-focus search answers first).
 */
export async function pickUser(page: Page, picker: string, name: string) {
  const typed = name.split(' ')[0]
  const searched = page.waitForResponse(
    (response) =>
      response.url().includes('/lookup/users') &&
      new URL(response.url()).searchParams.get('q') === typed
  )
  await page.locator(picker).fill(typed)
  await searched
  await page.locator('.p-autocomplete-loader').waitFor({ state: 'detached' })
  await page.getByRole('option', { name, exact: true }).click()
}
