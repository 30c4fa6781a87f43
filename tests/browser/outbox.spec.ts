import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import db from '@adonisjs/lucid/services/db'
import { createAgency } from '#tests/helpers/organizations'
import { signIn } from '#tests/helpers/browser'

test.group('Outbox in the browser', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => limiter.clear(['memory']))

  test('a kept mail shows in its frame, and its scripts never run', async ({ visit, assert }) => {
    const { organization, admin } = await createAgency()
    const [{ id }] = await db
      .table('mail_outbox')
      .insert({
        organization_id: organization.id,
        to: 'client@example.com',
        subject: 'Your viewing on Sunday',
        html: '<h1>See you at the villa</h1><img src=x onerror=alert(1)><script>alert(2)</script>',
        text: 'See you at the villa',
        created_at: new Date(),
      })
      .returning('id')

    const page = await visit('/login')
    await page.setViewportSize({ width: 1280, height: 900 })
    const dialogs: string[] = []
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message())
      await dialog.dismiss()
    })
    await signIn(page, admin.email)
    await page.goto(`/settings/outbox/${id}`)

    const frame = page.frameLocator('[data-test="outbox-mail-html"]')
    await frame.getByRole('heading', { name: 'See you at the villa' }).waitFor()
    await page.waitForTimeout(300)
    assert.deepEqual(dialogs, [])
  })
})
