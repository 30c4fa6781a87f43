import { test } from '@japa/runner'
import { neutralizeFormula } from '#resources/export/formula_guard'
import { csvField, csvLine } from '#resources/export/csv_format'

test.group('Export: formula neutralizer', () => {
  test('text that would start a formula gets a leading quote', ({ assert }) => {
    for (const text of ['=1+1', '+966501234567', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      assert.equal(neutralizeFormula(text), `'${text}`)
    }
    assert.equal(neutralizeFormula('=HYPERLINK("x")'), '\'=HYPERLINK("x")')
  })

  test('other text is left alone', ({ assert }) => {
    for (const text of ['', 'Layla', ' =1', "'=1", 'a=b', '1-2', 'ليلى']) {
      assert.equal(neutralizeFormula(text), text)
    }
  })
})

test.group('Export: CSV fields', () => {
  test('quotes fields with commas, quotes or line breaks (RFC 4180)', ({ assert }) => {
    assert.equal(csvField('plain'), 'plain')
    assert.equal(csvField('a,b'), '"a,b"')
    assert.equal(csvField('say "hi"'), '"say ""hi"""')
    assert.equal(csvField('two\nlines'), '"two\nlines"')
    assert.equal(csvField('cr\rhere'), '"cr\rhere"')
  })

  test('a record ends with CRLF', ({ assert }) => {
    assert.equal(csvLine(['a', '', 'b,c']), 'a,,"b,c"\r\n')
  })
})
