import vine, { SimpleErrorReporter } from '@vinejs/vine'
import type { I18n } from '@adonisjs/i18n'
import type { MessagesProviderContact, FieldContext } from '@vinejs/vine/types'
import { phoneRule } from '#core/validation/phone'
import {
  calendarDateTimeRule,
  MAX_MONEY_AMOUNT,
  recordIdSchema,
  numberSchema,
} from '#core/validation/rules'
import { ownedFileRule } from '#resources/files/stored_files'
import type { ResourceDefinition } from '#resources/define_resource'
import { fieldLabel, type ResolvedField } from '#resources/engine/resource_fields'

type Mode = 'create' | 'update'

const CURRENCY = /^[A-Z]{3}$/

function baseSchema(field: ResolvedField) {
  switch (field.type) {
    case 'text':
      return vine
        .string()
        .trim()
        .maxLength(field.maxLength ?? 255)
    case 'longText':
      return vine
        .string()
        .trim()
        .maxLength(field.maxLength ?? 10_000)
    case 'email':
      return vine
        .string()
        .trim()
        .email()
        .maxLength(field.maxLength ?? 254)
        .transform((value) => value.toLowerCase())
    case 'phone':
      return vine.string().trim().maxLength(40).use(phoneRule())
    case 'url':
      return vine
        .string()
        .trim()
        .url({ require_protocol: true, protocols: ['http', 'https'] })
        .maxLength(field.maxLength ?? 500)
    // declared numbers are integer columns; custom ones (JSON) may have decimals
    case 'number': {
      const number = numberSchema().range([field.min ?? -1e15, field.max ?? 1e15])
      return field.customKey ? number : number.withoutDecimals()
    }
    case 'percent':
      return field.customKey
        ? numberSchema().range([0, 100])
        : numberSchema().withoutDecimals().range([0, 100])
    case 'money':
      return vine.object({
        amount: numberSchema().range([0, MAX_MONEY_AMOUNT]).decimal([0, 2]),
        currency: vine.string().trim().toUpperCase().regex(CURRENCY),
      })
    case 'date':
      return vine.date({ formats: ['YYYY-MM-DD'] })
    case 'datetime':
      return vine.date({ formats: ['iso8601'] }).use(calendarDateTimeRule())
    case 'boolean':
      return vine.boolean()
    case 'select':
      return vine.enum(field.options ?? [])
    case 'multiSelect':
      return vine.array(vine.enum(field.options ?? [])).distinct()
    case 'tags':
      return vine.array(vine.string().trim().minLength(1).maxLength(50)).maxLength(30).distinct()
    case 'relation':
      return recordIdSchema()
    case 'file':
      return vine.string().maxLength(500).use(ownedFileRule())
  }
}

function fieldSchema(field: ResolvedField, mode: Mode) {
  const schema = baseSchema(field) as any
  if (field.required) return mode === 'create' ? schema : schema.optional()
  return schema.nullable().optional()
}

/**
 * The VineJS validator of a resource's body, built from its declared and
 * custom fields: what can be written, of which type, required or not.
 */
export function recordValidator(fields: ResolvedField[], mode: Mode) {
  const declared: Record<string, unknown> = {}
  const custom: Record<string, unknown> = {}
  for (const field of fields) {
    if (!field.form || field.archived) continue
    const schema = fieldSchema(field, mode)
    if (field.customKey) custom[field.customKey] = schema
    else declared[field.key] = schema
  }
  const hasRequiredCustom = mode === 'create' && fields.some((f) => f.customKey && f.required)
  const customSchema = vine.object(custom as any)
  return vine.create({
    ...(declared as any),
    custom: hasRequiredCustom ? customSchema : customSchema.optional(),
  })
}

/**
 * VineJS messages in the user's language, naming each field by its label
 * (declared fields from the translations, custom ones from their
 * definition).
 */
export class RecordMessages implements MessagesProviderContact {
  constructor(
    protected i18n: I18n,
    protected resource: ResourceDefinition,
    protected fields: ResolvedField[]
  ) {}

  getMessage(
    defaultMessage: string,
    rule: string,
    field: FieldContext,
    meta?: Record<string, any>
  ) {
    const label = this.labelOf(field.wildCardPath)
    const key = `validator.shared.messages.${rule}`
    const found = this.i18n.resolveIdentifier(key)
    if (!found) {
      return defaultMessage.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) =>
        name === 'field' ? label : String(meta?.[name] ?? '')
      )
    }
    return this.i18n.formatRawMessage(found.message, { field: label, ...meta })
  }

  /**
   * A field's label; a part of one (`value.amount`, `tags.*`) is named by
   * its field, with the money part it is.
   */
  protected labelOf(path: string) {
    const match = this.fields.find(
      (candidate) => path === candidate.key || path.startsWith(`${candidate.key}.`)
    )
    if (!match) return path
    const label = fieldLabel(this.i18n, this.resource, match)
    const part = path.slice(match.key.length + 1)
    if (match.type !== 'money' || !MONEY_PARTS.includes(part)) return label
    return `${label} (${this.i18n.t(`validator.shared.moneyParts.${part}`)})`
  }
}

const MONEY_PARTS = ['amount', 'currency']

/**
 * Compiled validators per field list: field lists are cached per
 * organization shape (see resourceFields), so each shape compiles once.
 */
const compiled = new WeakMap<
  ResolvedField[],
  Partial<Record<Mode, ReturnType<typeof recordValidator>>>
>()

function compiledValidator(fields: ResolvedField[], mode: Mode) {
  const forFields = compiled.get(fields) ?? {}
  compiled.set(fields, forFields)
  return (forFields[mode] ??= recordValidator(fields, mode))
}

export async function validateRecord(
  i18n: I18n,
  resource: ResourceDefinition,
  fields: ResolvedField[],
  mode: Mode,
  data: unknown
) {
  return compiledValidator(fields, mode).validate(data, {
    messagesProvider: new RecordMessages(i18n, resource, fields),
    errorReporter: () => new SimpleErrorReporter(),
  }) as Promise<Record<string, unknown> & { custom?: Record<string, unknown> }>
}
