import { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { LucidModel, LucidRow } from '@adonisjs/lucid/types/model'
import type { ResourceContext } from '#resources/engine/resource_context'
import { writeFields } from '#resources/engine/record_values'
import type { RecordInput } from '#resources/engine/record_actions'
import type { RowOutcome } from '#resources/imports/import_plan'

type Row = LucidRow & Record<string, any>

/**
 * Builds the columns of new records as `createRecord` would write them
 * (field defaults, the creator as owner, timestamps), prepared by the
 * model's own column definitions, without a model instance per row: a
 * 100,000-row import builds them in a fraction of the time.
 */
export class NewRecordColumns {
  readonly #model: LucidModel
  readonly #probe: Row
  readonly #stamps: Record<string, unknown> = {}

  constructor(
    readonly context: ResourceContext,
    readonly organizationId: number
  ) {
    this.#model = context.resource.model
    this.#probe = new this.#model() as Row
    const now = DateTime.utc()
    for (const [attribute, column] of this.#model.$columnsDefinitions) {
      if (!column.meta?.autoCreate) continue
      this.#stamps[column.columnName] = column.prepare
        ? column.prepare(now, attribute, this.#probe)
        : now
    }
  }

  #column(attribute: string, value: unknown) {
    const column = this.#model.$getColumn(attribute)
    if (!column) throw new Error(`${this.#model.name} has no attribute "${attribute}"`)
    return [
      column.columnName,
      column.prepare ? column.prepare(value, attribute, this.#probe) : value,
    ]
  }

  of(input: RecordInput) {
    const { fields, resource, user } = this.context
    const record: Record<string, any> = {}
    for (const field of fields) {
      if (field.default !== undefined && !(field.key in input)) record[field.key] = field.default
    }
    writeFields(record as Row, fields, input)
    const owner = resource.ownership?.owner
    if (owner && (record[owner] === undefined || record[owner] === null)) record[owner] = user.id
    if (!record.custom) record.custom = {}
    record.organizationId = this.organizationId
    const columns: Record<string, unknown> = { ...this.#stamps }
    for (const [attribute, value] of Object.entries(record)) {
      const [column, prepared] = this.#column(attribute, value)
      columns[column as string] = prepared
    }
    return columns
  }
}

/**
 * The stored values an update is about to overwrite, by column, for undo.
 */
function overwrittenColumns(record: Row) {
  const original: Record<string, unknown> = {}
  for (const attribute of Object.keys(record.$dirty))
    original[attribute] = record.$original[attribute]
  return record.prepareForAdapter(original) as Record<string, unknown>
}

/**
 * The resource's after-write rules (a deal's stage history) for records the
 * bulk INSERT created; only resources that have such rules pay for loading
 * them.
 */
async function afterWrites(
  builder: NewRecordColumns,
  ids: number[],
  trx: TransactionClientContract
) {
  const afterWrite = builder.context.resource.hooks?.afterWrite
  if (!afterWrite) return
  const records = await builder.context.resource.model.query({ client: trx }).whereIn('id', ids)
  for (const record of records) await afterWrite(builder.context, record, null, trx)
}

/**
 * Writes one batch inside the import's transaction: the new records in one
 * multi-row INSERT, the updates (already applied to the locked rows by the
 * plan), and the undo log of both.
 */
export async function writeOutcomes(
  builder: NewRecordColumns,
  importId: number,
  outcomes: RowOutcome[],
  trx: TransactionClientContract
) {
  const creates = outcomes.flatMap((outcome) =>
    outcome.action === 'create' ? [builder.of(outcome.input)] : []
  )
  if (creates.length) {
    const inserted: { id: number }[] = await trx
      .insertQuery()
      .table(builder.context.table)
      .multiInsert(creates)
      .returning('id')
    // One array parameter rather than a parameter per row.
    await trx.rawQuery(
      'INSERT INTO import_changes (import_id, record_id) SELECT ?, unnest(?::bigint[])',
      [importId, `{${inserted.map((row) => Number(row.id)).join(',')}}`]
    )
    await afterWrites(
      builder,
      inserted.map((row) => Number(row.id)),
      trx
    )
  }
  const updates: { import_id: number; record_id: number; before: string }[] = []
  for (const outcome of outcomes) {
    if (outcome.action !== 'update') continue
    const record = outcome.existing
    const before = overwrittenColumns(record)
    record.version = record.version + 1
    const previous = { ...record.$original }
    record.useTransaction(trx)
    await record.save()
    await builder.context.resource.hooks?.afterWrite?.(builder.context, record, previous, trx)
    updates.push({ import_id: importId, record_id: record.id, before: JSON.stringify(before) })
  }
  if (updates.length) await trx.insertQuery().table('import_changes').multiInsert(updates)
}
