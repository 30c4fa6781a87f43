import { errors, SimpleErrorReporter } from '@vinejs/vine'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { LucidRow } from '@adonisjs/lucid/types/model'
import type { ResourceContext } from '#resources/engine/resource_context'
import { fieldLabel, type ResolvedField } from '#resources/engine/resource_fields'
import { recordValidator, RecordMessages } from '#resources/engine/record_validator'
import { writeFields } from '#resources/engine/record_values'
import type { RecordInput } from '#resources/engine/record_actions'
import { cellValue } from '#resources/imports/cell_values'
import { resolveRelations, type RelationMatch } from '#resources/imports/relation_lookup'
import { findExisting, matchKeyOf } from '#resources/imports/duplicate_matching'
import type { ImportLayout } from '#resources/imports/import_columns'
import type { ImportMode } from '#resources/imports/models/import'
import type { SheetRow } from '#resources/imports/sheet_reader'

type Row = LucidRow & Record<string, any>
export type RowProblem = { field: string | null; message: string }

/**
 * What the import does with one row of the file.
 */
export type RowOutcome = SheetRow &
  (
    | { action: 'create'; input: RecordInput }
    | { action: 'update'; input: RecordInput; existing: Row }
    | { action: 'skip'; duplicate?: RowProblem }
    | { action: 'error'; problems: RowProblem[] }
  )

type Converted = SheetRow & {
  values: Record<string, unknown>
  custom: Record<string, unknown>
  problems: RowProblem[]
  key?: string
}

/**
 * Turns rows of the file into records to create or update, batch by batch,
 * with the API's own validation (the same VineJS rules and messages). Each
 * batch costs one duplicate lookup and one lookup per relation column,
 * whatever its size. Remembers the keys it saw, so a key repeated within
 * the file is caught too.
 */
export class ImportPlan {
  readonly #validators
  readonly #messages
  readonly #firstRowOfKey = new Map<string, number>()

  constructor(
    readonly context: ResourceContext,
    readonly layout: ImportLayout,
    readonly mode: ImportMode,
    readonly currency: string
  ) {
    this.#validators = {
      create: recordValidator(context.fields, 'create'),
      update: recordValidator(context.fields, 'update'),
    }
    this.#messages = new RecordMessages(context.i18n, context.resource, context.fields)
  }

  get #matching() {
    return this.mode === 'create' ? undefined : this.layout.matchField
  }

  #label(field: ResolvedField) {
    return fieldLabel(this.context.i18n, this.context.resource, field)
  }

  #convert(sheetRow: SheetRow): Converted {
    const converted: Converted = { ...sheetRow, values: {}, custom: {}, problems: [] }
    for (const { index, field, options } of this.layout.columns) {
      if (sheetRow.unstorable?.includes(index)) {
        const message = this.context.i18n.t('validator.shared.messages.storableText', {
          field: this.#label(field),
        })
        // the row is refused; its (replaced) text still goes through validation,
        // so the only complaint is the real one
        converted.problems.push({ field: field.key, message })
      }
      if (field.type === 'relation') continue
      const value = cellValue(field, sheetRow.cells[index] ?? '', {
        options,
        currency: this.currency,
      })
      if (value === undefined) continue
      if (field.customKey) converted.custom[field.customKey] = value
      else converted.values[field.key] = value
    }
    return converted
  }

  /**
   * Relation cells become ids: by id or by title, one query per column.
   */
  async #resolveRelations(rows: Converted[], trx?: TransactionClientContract) {
    for (const { index, field } of this.layout.columns) {
      if (field.type !== 'relation' || !field.target) continue
      const readable = rows.filter((row) => !row.unstorable?.includes(index))
      const cells = [...new Set(readable.map((row) => (row.cells[index] ?? '').trim()))].filter(
        Boolean
      )
      if (cells.length === 0) continue
      const matches = await resolveRelations(field, cells, trx)
      for (const row of readable) {
        const cell = (row.cells[index] ?? '').trim()
        if (cell) this.#applyRelation(row, field, cell, matches.get(cell) ?? 'missing')
      }
    }
  }

  #applyRelation(row: Converted, field: ResolvedField, cell: string, match: RelationMatch) {
    const { i18n, resource } = this.context
    const label = this.#label(field)
    if (match === 'missing' || match === 'ambiguous') {
      const message = i18n.t(`imports.rows.${match}`, { field: label, value: cell })
      row.problems.push({ field: field.key, message })
      return
    }
    const ownership = resource.ownership
    const handsOver = field.key === ownership?.owner || field.key === ownership?.assignee
    if (handsOver && !this.context.canAssignTo(match)) {
      const message = i18n.t('validator.shared.messages.ownerScope', { field: label })
      row.problems.push({ field: field.key, message })
      return
    }
    if (field.customKey) row.custom[field.customKey] = match
    else row.values[field.key] = match
  }

  async #validate(row: Converted, mode: 'create' | 'update'): Promise<RecordInput | RowProblem[]> {
    const hasCustom = Object.keys(row.custom).length > 0
    const data = hasCustom || mode === 'create' ? { ...row.values, custom: row.custom } : row.values
    try {
      return (await this.#validators[mode].validate(data, {
        messagesProvider: this.#messages,
        errorReporter: () => new SimpleErrorReporter(),
      })) as RecordInput
    } catch (error) {
      if (!(error instanceof errors.E_VALIDATION_ERROR)) throw error
      return (error.messages as { field: string; message: string }[]).map(({ field, message }) => ({
        field,
        message,
      }))
    }
  }

  /**
   * The resource's own rules (a lost lead needs a reason, a deal takes its
   * stage's probability), as the API applies them; duplicates are the
   * import's matching business, so they are not checked again here.
   */
  async #applyRules(
    input: RecordInput,
    record: Row | null,
    client?: TransactionClientContract
  ): Promise<RowProblem[] | undefined> {
    const prepare = this.context.resource.hooks?.prepare
    if (!prepare) return undefined
    try {
      await prepare(this.context, input, record, { force: true, client })
    } catch (error) {
      if (!(error instanceof errors.E_VALIDATION_ERROR)) throw error
      return (error.messages as { field: string; message: string }[]).map(({ field, message }) => ({
        field,
        message,
      }))
    }
  }

  #fail(row: Converted, problems: RowProblem[]): RowOutcome {
    return { row: row.row, cells: row.cells, action: 'error', problems }
  }

  /**
   * Decides the fate of each row of a batch. Inside the commit's
   * transaction (`trx`), matched records are locked until it ends.
   */
  async evaluate(rows: SheetRow[], trx?: TransactionClientContract): Promise<RowOutcome[]> {
    const converted = rows.map((row) => this.#convert(row))
    await this.#resolveRelations(converted, trx)

    const matchField = this.#matching
    const duplicateOf = new Map<number, number>()
    if (matchField) {
      for (const row of converted) {
        const raw = matchField.customKey
          ? row.custom[matchField.customKey]
          : row.values[matchField.key]
        row.key = matchKeyOf(matchField, raw)
        if (row.key === undefined) continue
        const first = this.#firstRowOfKey.get(row.key)
        if (first === undefined) this.#firstRowOfKey.set(row.key, row.row)
        else duplicateOf.set(row.row, first)
      }
    }
    const keys = converted
      .filter((row) => row.key !== undefined && !duplicateOf.has(row.row))
      .map((row) => row.key!)
    const existing = matchField
      ? await findExisting(this.context, matchField, keys, trx)
      : new Map<string, Row>()

    const outcomes: RowOutcome[] = []
    for (const row of converted) {
      outcomes.push(await this.#decide(row, duplicateOf.get(row.row), existing, trx))
    }
    return outcomes
  }

  async #decide(
    row: Converted,
    duplicateOfRow: number | undefined,
    existing: Map<string, Row>,
    trx?: TransactionClientContract
  ): Promise<RowOutcome> {
    const base = { row: row.row, cells: row.cells }
    if (duplicateOfRow !== undefined) {
      const field = this.#matching!
      const message = this.context.i18n.t('imports.rows.duplicateInFile', {
        field: this.#label(field),
        row: duplicateOfRow,
      })
      const duplicate = { field: field.key, message }
      if (this.mode === 'skip') return { ...base, action: 'skip', duplicate }
      return this.#fail(row, [...row.problems, duplicate])
    }
    const record = row.key === undefined ? undefined : existing.get(row.key)
    if (record && this.mode === 'skip') {
      const field = this.#matching!
      const message = this.context.i18n.t('imports.rows.duplicateExisting', {
        field: this.#label(field),
        id: record.id,
      })
      return { ...base, action: 'skip', duplicate: { field: field.key, message } }
    }

    const validated = await this.#validate(row, record ? 'update' : 'create')
    if (Array.isArray(validated)) return this.#fail(row, [...row.problems, ...validated])
    if (row.problems.length) return this.#fail(row, row.problems)
    const refused = await this.#applyRules(validated, record ?? null, trx)
    if (refused) return this.#fail(row, refused)
    if (!record) return { ...base, action: 'create', input: validated }

    writeFields(record, this.context.fields, validated)
    if (!record.$isDirty) return { ...base, action: 'skip' }
    return { ...base, action: 'update', input: validated, existing: record }
  }
}
