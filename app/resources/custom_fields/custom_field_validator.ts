import vine, { errors } from '@vinejs/vine'
import type { I18n } from '@adonisjs/i18n'
import type { FieldContext, MessagesProviderContact } from '@vinejs/vine/types'
import { FIELD_TYPES, type FieldType } from '#resources/define_resource'
import { RESOURCES } from '#resources/registry'
import { recordIdSchema } from '#core/validation/rules'

export type CustomFieldType = Exclude<FieldType, 'file'>

/**
 * Every field type but `file`: a file needs storage a JSONB value cannot give.
 */
export const CUSTOM_FIELD_TYPES = FIELD_TYPES.filter(
  (type): type is CustomFieldType => type !== 'file'
)

export const CHOICE_TYPES: readonly CustomFieldType[] = ['select', 'multiSelect']

export const RESOURCE_NAMES = Object.keys(RESOURCES)

/**
 * A relation points at the agency's users or at a registered resource.
 */
export const RELATION_TARGETS = ['users', ...RESOURCE_NAMES]

/** lowercase snake_case, starting with a letter */
const KEY = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/
/** lowercase snake_case, digits allowed first ("3_bedrooms") */
const OPTION_VALUE = /^[a-z0-9]+(?:_[a-z0-9]+)*$/

const label = () => vine.string().trim().minLength(1).maxLength(120)

const options = () =>
  vine
    .array(
      vine.object({
        value: vine.string().trim().minLength(1).maxLength(60).regex(OPTION_VALUE),
        labelEn: label(),
        labelAr: label(),
      })
    )
    .maxLength(100)
    .distinct('value')

export const listCustomFieldsValidator = vine.create({
  resource: vine.enum(RESOURCE_NAMES).optional(),
})

export const createCustomFieldValidator = vine.create({
  resource: vine.enum(RESOURCE_NAMES),
  key: vine.string().trim().minLength(2).maxLength(40).regex(KEY),
  type: vine.enum(CUSTOM_FIELD_TYPES),
  labelEn: label(),
  labelAr: label(),
  required: vine.boolean().optional(),
  options: options().optional(),
  target: vine.enum(RELATION_TARGETS).nullable().optional(),
})

/**
 * `key`, `type` and `target` may be sent back unchanged (a form that posts
 * the whole field); the action refuses any other value, since stored values
 * are read by them.
 */
export const updateCustomFieldValidator = vine.create({
  key: vine.string().trim().optional(),
  type: vine.string().trim().optional(),
  target: vine.string().trim().nullable().optional(),
  labelEn: label().optional(),
  labelAr: label().optional(),
  required: vine.boolean().optional(),
  options: options().optional(),
})

export const reorderCustomFieldsValidator = vine.create({
  resource: vine.enum(RESOURCE_NAMES),
  ids: vine.array(recordIdSchema()).maxLength(500).distinct(),
})

export type CreateCustomFieldInput = Awaited<ReturnType<typeof createCustomFieldValidator.validate>>
export type UpdateCustomFieldInput = Awaited<ReturnType<typeof updateCustomFieldValidator.validate>>

const RULE_ALIASES: Record<string, string> = {
  'array.minLength': 'minLength_array',
  'array.maxLength': 'maxLength_array',
}

/**
 * A field's name for messages: this screen's own labels first, then the
 * shared ones; an array item is named after its array.
 */
function fieldLabel(i18n: I18n, name: string) {
  for (const key of [`custom_fields.fields.${name}`, `validator.shared.fields.${name}`]) {
    if (i18n.hasMessage(key)) return i18n.t(key)
  }
  return name
}

function ruleMessage(i18n: I18n, rule: string) {
  for (const key of [`custom_fields.messages.${rule}`, `validator.shared.messages.${rule}`]) {
    const found = i18n.resolveIdentifier(key)
    if (found) return found.message
  }
  return undefined
}

function nameOf(field: FieldContext) {
  if (typeof field.name === 'string') return field.name
  return (
    field.wildCardPath
      .split('.')
      .filter((part) => part !== '*')
      .at(-1) ?? String(field.name)
  )
}

/**
 * VineJS messages in the user's language for the custom field forms.
 */
export class CustomFieldMessages implements MessagesProviderContact {
  constructor(protected i18n: I18n) {}

  getMessage(
    defaultMessage: string,
    rule: string,
    field: FieldContext,
    meta?: Record<string, any>
  ) {
    const fieldName = fieldLabel(this.i18n, nameOf(field))
    const message = ruleMessage(this.i18n, RULE_ALIASES[rule] ?? rule)
    if (!message) return defaultMessage.replace('{{ field }}', fieldName)
    return this.i18n.formatRawMessage(message, { field: fieldName, ...meta })
  }
}

/**
 * A rule the schema cannot check (a taken key, a changed type) reported
 * like any field error: 422 for the API, inline on the settings screen.
 */
export function customFieldError(i18n: I18n, field: string, rule: string) {
  const message = ruleMessage(i18n, rule)!
  return new errors.E_VALIDATION_ERROR([
    {
      field,
      rule,
      message: i18n.formatRawMessage(message, { field: fieldLabel(i18n, field) }),
    },
  ])
}
