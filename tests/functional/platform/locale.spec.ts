import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#identity/models/user'
import { createAgency } from '#tests/helpers/organizations'

function htmlAttributes(html: string) {
  const [, lang, dir] = html.match(/<html lang="(\w+)" dir="(\w+)"/) ?? []
  return { lang, dir }
}

test.group('Locale and direction', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('a browser asking for Arabic gets a right-to-left page', async ({ client, assert }) => {
    const response = await client.get('/login').header('accept-language', 'ar-SA,ar;q=0.9')
    assert.deepEqual(htmlAttributes(response.text()), { lang: 'ar', dir: 'rtl' })
  })

  test('a browser asking for English gets a left-to-right page', async ({ client, assert }) => {
    const response = await client.get('/login').header('accept-language', 'en-US,en;q=0.9')
    assert.deepEqual(htmlAttributes(response.text()), { lang: 'en', dir: 'ltr' })
  })

  test("the user's own setting wins over the browser", async ({ client, assert }) => {
    const { manager } = await createAgency()
    manager.locale = 'ar'
    await manager.save()

    const response = await client.get('/').loginAs(manager).header('accept-language', 'en')
    assert.deepEqual(htmlAttributes(response.text()), { lang: 'ar', dir: 'rtl' })
  })

  test("without a setting or browser language, the organization's default applies", async ({
    client,
    assert,
  }) => {
    const { manager } = await createAgency('arabic')
    const response = await client.get('/').loginAs(manager).withInertia()
    response.assertInertiaPropsContains({ locale: 'ar', dir: 'rtl' })
    const html = await client.get('/').loginAs(manager)
    assert.deepEqual(htmlAttributes(html.text()), { lang: 'ar', dir: 'rtl' })
  })

  test('switching the language saves it on the user and mirrors the layout', async ({
    client,
    assert,
  }) => {
    const { broker } = await createAgency()
    const response = await client
      .post('/locale')
      .loginAs(broker)
      .withCsrfToken()
      .header('referer', '/profile')
      .form({ locale: 'ar' })
      .redirects(0)
    response.assertHeader('location', '/profile')

    const saved = await User.findOrFail(broker.id)
    assert.equal(saved.locale, 'ar')

    const page = await client.get('/profile').loginAs(saved).header('accept-language', 'en')
    assert.deepEqual(htmlAttributes(page.text()), { lang: 'ar', dir: 'rtl' })
  })

  test("a guest's language choice is remembered for the login page", async ({ client, assert }) => {
    const response = await client
      .post('/locale')
      .withCsrfToken()
      .header('referer', '/login')
      .form({ locale: 'ar' })
      .redirects(0)
    assert.equal(response.cookie('nova_locale')?.value, 'ar')

    const page = await client
      .get('/login')
      .withPlainCookie('nova_locale', 'ar')
      .header('accept-language', 'en')
    assert.deepEqual(htmlAttributes(page.text()), { lang: 'ar', dir: 'rtl' })
  })

  test('an unknown language is refused', async ({ client }) => {
    const response = await client
      .post('/locale')
      .withCsrfToken()
      .header('referer', '/login')
      .form({ locale: 'fr' })
      .redirects(0)
    response.assertFlashMessage('inputErrorsBag', {
      locale: ['Language must be one of the allowed values'],
    })
  })
})
