import { errors } from '@vinejs/vine'
import type { LucidRow } from '@adonisjs/lucid/types/model'
import type { ResourceContext } from '#resources/engine/resource_context'
import { fieldLabel, optionLabel, type ResolvedField } from '#resources/engine/resource_fields'
import { readField, shownValue, type Money } from '#resources/engine/record_values'
import type { RelationTitles } from '#resources/engine/relation_titles'
import { neutralizeFormula } from '#resources/export/formula_guard'

export type ExportColumn = { field: ResolvedField; label: string }

/** A cell as written: text (neutralized), a number, or empty. */
export type Cell = string | number | null

/**
 * The columns of an export: the view's (`columns=name,email,custom.budget`)
 * or every active field in order, custom ones included. Secret and archived
 * fields are never exportable; naming one, or an unknown key, is a 422.
 */
export function exportColumns(context: ResourceContext, requested?: string): ExportColumn[] {
  const exportable = context.activeFields
  let fields = exportable
  if (requested !== undefined) {
    const keys = [...new Set(requested.split(',').map((key) => key.trim()))].filter(Boolean)
    const unknown = keys.filter((key) => !exportable.some((field) => field.key === key))
    if (keys.length === 0 || unknown.length > 0) {
      const message = context.i18n.t('validator.shared.messages.unknownColumn', {
        field: 'columns',
        columns: unknown.join(', '),
      })
      throw new errors.E_VALIDATION_ERROR([{ field: 'columns', rule: 'unknownColumn', message }])
    }
    fields = keys.map((key) => exportable.find((field) => field.key === key)!)
  }
  return fields.map((field) => ({
    field,
    label: fieldLabel(context.i18n, context.resource, field),
  }))
}

/**
 * Reads fields as a person reads them in a spreadsheet: option labels,
 * related records' titles, ISO dates, "amount currency", localized yes/no,
 * lists joined. Text is neutralized against formula injection; numbers stay
 * numbers. Translations are looked up once per export, not once per cell.
 */
export function cellReader(context: ResourceContext) {
  const { i18n, resource } = context
  const labels = new Map<string, string>()
  const translated = (key: string, translate: () => string) => {
    let label = labels.get(key)
    if (label === undefined) {
      label = translate()
      labels.set(key, label)
    }
    return label
  }
  const option = (field: ResolvedField, value: string) =>
    translated(`${field.key}\u0000${value}`, () => optionLabel(i18n, resource, field, value))

  return (field: ResolvedField, row: LucidRow, titles: RelationTitles): Cell => {
    const value = shownValue(field, readField(row as LucidRow & Record<string, any>, field))
    if (value === null || value === undefined) return null
    switch (field.type) {
      case 'number':
      case 'percent':
        return Number.isFinite(value) ? (value as number) : null
      case 'boolean':
        return value
          ? translated('\u0000yes', () => i18n.t('export.yes'))
          : translated('\u0000no', () => i18n.t('export.no'))
      case 'select':
        return neutralizeFormula(option(field, String(value)))
      case 'multiSelect':
        return neutralizeFormula(
          listOf(value)
            .map((item) => option(field, item))
            .join(', ')
        )
      case 'tags':
        return neutralizeFormula(listOf(value).join(', '))
      case 'relation':
        return neutralizeFormula(
          titles.get(field.target ?? '')?.get(value as number) ?? String(value)
        )
      case 'money': {
        if (typeof value !== 'object') return neutralizeFormula(String(value))
        const money = value as Money
        return neutralizeFormula(`${money.amount} ${money.currency ?? ''}`.trim())
      }
      default:
        return neutralizeFormula(String(value))
    }
  }
}

function listOf(value: unknown) {
  return Array.isArray(value) ? value.map(String) : [String(value)]
}
