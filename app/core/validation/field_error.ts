import { errors } from '@vinejs/vine'
import type { I18n } from '@adonisjs/i18n'

/**
 * A check the validator cannot make (a wrong current password, a wrong
 * code) reported like any field error: 422 for the API, inline on forms.
 */
export function fieldError(i18n: I18n, field: string, rule: string) {
  const label = i18n.t(`validator.shared.fields.${field}`)
  return new errors.E_VALIDATION_ERROR([
    { field, rule, message: i18n.t(`validator.shared.messages.${rule}`, { field: label }) },
  ])
}
