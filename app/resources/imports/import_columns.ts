import { errors } from '@vinejs/vine'
import type { ResourceContext } from '#resources/engine/resource_context'
import { fieldLabel, type ResolvedField } from '#resources/engine/resource_fields'
import { importableFields, optionLookup } from '#resources/imports/header_matching'
import { matchableFields } from '#resources/imports/duplicate_matching'
import type { ImportMapping, ImportMode } from '#resources/imports/models/import'

export type ImportChoices = { mapping: ImportMapping; matchKey?: string | null; mode: ImportMode }

/**
 * A column of the file and the field it fills.
 */
export type ImportColumn = {
  index: number
  header: string
  field: ResolvedField
  options?: Map<string, string>
}

export type ImportLayout = { columns: ImportColumn[]; matchField?: ResolvedField }

/**
 * Checks the user's mapping against the file's headers and the resource's
 * fields, and returns which column fills which field. Every problem is a
 * 422 field error, in the user's language: an unknown header or field, a
 * field mapped twice, a required field left unmapped, a match key that is
 * not a mapped, matchable field.
 */
export function importLayout(
  context: ResourceContext,
  headers: string[],
  choices: ImportChoices
): ImportLayout {
  const { i18n, resource } = context
  const label = (field: ResolvedField) => fieldLabel(i18n, resource, field)
  const fields = new Map(importableFields(context.fields).map((field) => [field.key, field]))
  const problems: { field: string; rule: string; message: string }[] = []
  const problem = (field: string, rule: string, data: Record<string, unknown>) =>
    problems.push({ field, rule, message: i18n.t(`imports.mapping.${rule}`, data) })

  const columns: ImportColumn[] = []
  const mapped = new Set<string>()
  for (const [header, key] of Object.entries(choices.mapping)) {
    if (!key) continue
    const index = headers.indexOf(header)
    const field = fields.get(key)
    if (index === -1) problem(`mapping.${header}`, 'unknownHeader', { header })
    else if (!field) problem(`mapping.${header}`, 'unknownField', { header })
    else if (mapped.has(key)) problem(`mapping.${header}`, 'mappedTwice', { field: label(field) })
    else {
      mapped.add(key)
      const options = field.options ? optionLookup(resource, field) : undefined
      columns.push({ index, header, field, options })
    }
  }
  if (columns.length === 0 && problems.length === 0) problem('mapping', 'nothingMapped', {})
  for (const field of fields.values()) {
    if (field.required && !mapped.has(field.key)) {
      problem('mapping', 'requiredUnmapped', { field: label(field) })
    }
  }

  let matchField: ResolvedField | undefined
  if (choices.mode !== 'create') {
    matchField = matchableFields(context).find((field) => field.key === choices.matchKey)
    if (!matchField || !mapped.has(matchField.key)) {
      problem('matchKey', 'matchKey', {})
      matchField = undefined
    }
  }
  if (problems.length) throw new errors.E_VALIDATION_ERROR(problems)
  return { columns, matchField }
}
