import { test } from '@japa/runner'
import pg from 'pg'
import { isoOfTimestamp } from '#resources/engine/plain_serializer'

/** What the API showed before plain rows kept timestamps as text: pg's Date, as ISO. */
const throughDate = (text: string) =>
  (pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ)(text) as Date).toISOString()

test.group('Timestamps read as text', () => {
  test('the ISO string of a UTC timestamptz is the one its Date gives', ({ assert }) => {
    const texts = [
      '2026-12-07 09:11:14+00',
      '2026-12-07 09:11:14.1+00',
      '2026-12-07 09:11:14.05+00',
      '2026-12-07 09:11:14.007+00',
      '2026-12-07 09:11:14.123456+00',
      '2026-12-07 09:11:14.999999+00',
      '2024-02-29 23:59:59.5798+00',
      '0050-01-01 00:00:00.29+00',
    ]
    for (const text of texts) assert.equal(isoOfTimestamp(text), throughDate(text), text)
  })

  test('other offsets and Dates go through the Date pg makes', ({ assert }) => {
    assert.equal(isoOfTimestamp('2026-12-07 12:11:14.25+03'), '2026-12-07T09:11:14.250Z')
    assert.equal(isoOfTimestamp('2026-12-07 05:41:14+05:30'), '2026-12-07T00:11:14.000Z')
    assert.equal(isoOfTimestamp(new Date('2026-01-02T03:04:05.678Z')), '2026-01-02T03:04:05.678Z')
    assert.isUndefined(isoOfTimestamp('0044-03-15 12:00:00+00 BC'))
  })

  test('every millisecond fraction is cut as pg cuts it', ({ assert }) => {
    for (let micro = 0; micro < 1_000_000; micro += 997) {
      const text = `2026-12-07 09:11:14.${String(micro).padStart(6, '0')}+00`
      assert.equal(isoOfTimestamp(text), throughDate(text))
    }
  })
})
