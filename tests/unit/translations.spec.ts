import { test } from '@japa/runner'
import { readdirSync, readFileSync } from 'node:fs'
import { LOCALES } from '#core/i18n/locales'

const LANG_DIR = new URL('../../resources/lang/', import.meta.url)

function flattenKeys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix]
  return Object.entries(node).flatMap(([key, value]) =>
    flattenKeys(value, prefix ? `${prefix}.${key}` : key)
  )
}

function catalog(locale: string) {
  const dir = new URL(`${locale}/`, LANG_DIR)
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
  return Object.fromEntries(
    files.map((file) => [
      file,
      flattenKeys(JSON.parse(readFileSync(new URL(file, dir), 'utf8'))).sort(),
    ])
  )
}

test.group('Translations', () => {
  test('every language has the same files and keys as English', ({ assert }) => {
    const english = catalog('en')
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const other = catalog(locale)
      assert.deepEqual(Object.keys(other), Object.keys(english), `files of ${locale}`)
      for (const [file, keys] of Object.entries(english)) {
        assert.deepEqual(other[file], keys, `keys of ${locale}/${file}`)
      }
    }
  })

  test('no translation is left empty', ({ assert }) => {
    for (const locale of LOCALES) {
      const dir = new URL(`${locale}/`, LANG_DIR)
      for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
        const text = readFileSync(new URL(file, dir), 'utf8')
        assert.notMatch(text, /:\s*""/, `${locale}/${file} has an empty message`)
      }
    }
  })
})
