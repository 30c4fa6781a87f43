import { errors } from '@vinejs/vine'
import type { I18n } from '@adonisjs/i18n'

/**
 * A check the validator cannot make (a wrong current password, a wrong
 * code) reported like any field error: 422 for the API, inline on forms.
 */
export function fieldError(
  i18n: I18n,
  field: string,
  rule: string,
  values: Record<string, string | number> = {}
) {
  const label = i18n.t(`validator.shared.fields.${field}`)
  const message = i18n.t(`validator.shared.messages.${rule}`, { ...values, field: label })
  return new errors.E_VALIDATION_ERROR([{ field, rule, message }])
}
