import type { SchemaRules } from '@adonisjs/lucid/types/schema_generator'

const bigintAsNumber = { tsType: 'number', imports: [], decorators: [{ name: '@column' }] }

/**
 * Our bigint ids stay below 2^53 and are parsed as numbers (see
 * config/database.ts), so the generated classes type them as numbers.
 */
export default {
  types: { bigint: bigintAsNumber },
  primaryKey: (_tableName, primaryKeys, columns) => {
    const columnName = primaryKeys[0]
    const column = columnName ? columns[columnName] : undefined
    if (!columnName || column?.type !== 'bigint') return undefined
    return {
      columnName,
      columnInfo: {
        ...bigintAsNumber,
        decorators: [{ name: '@column', args: { isPrimary: true } }],
      },
    }
  },
} satisfies SchemaRules
