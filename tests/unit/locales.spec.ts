import { test } from '@japa/runner'
import { directionOf, isLocale } from '#core/i18n/locales'

test.group('Locales', () => {
  test('Arabic is right-to-left and English left-to-right', ({ assert }) => {
    assert.equal(directionOf('ar'), 'rtl')
    assert.equal(directionOf('en'), 'ltr')
  })

  test('only supported locales are accepted', ({ assert }) => {
    assert.isTrue(isLocale('ar'))
    assert.isFalse(isLocale('fr'))
    assert.isFalse(isLocale(undefined))
  })
})
