import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { resourceList } from '#resources/registry'

test.group('Resource models', () => {
  test('every resource model inserts returning the stored row (createRecord reads nothing back)', ({
    assert,
  }) => {
    for (const resource of resourceList) {
      const record = new resource.model()
      const { sql } = record.$getQueryFor('insert', db.connection()).insert({ id: 1 }).toSQL()
      assert.match(sql, /returning \*$/, `${resource.name}: compose withStoredRowOnInsert`)
    }
  })
})
