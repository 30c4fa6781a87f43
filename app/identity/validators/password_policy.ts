import vine from '@vinejs/vine'
import { dictionary } from '@zxcvbn-ts/language-common'

/**
 * The ~50,000 most common passwords (zxcvbn's maintained list), compared
 * case-insensitively.
 */
const COMMON_PASSWORDS = new Set(
  (dictionary['passwords-common'] as string[]).map((password) => password.toLowerCase())
)

/**
 * An uppercase letter, a digit and a symbol, and not a commonly used password.
 * Length (8–128) is checked by the schema itself.
 */
const passwordRule = vine.createRule((value, _options, field) => {
  if (typeof value !== 'string') return
  if (!/\p{Lu}/u.test(value)) field.report('', 'passwordUppercase', field)
  else if (!/\p{Nd}/u.test(value)) field.report('', 'passwordDigit', field)
  else if (!/[^\p{L}\p{Nd}\s]/u.test(value)) field.report('', 'passwordSymbol', field)
  else if (COMMON_PASSWORDS.has(value.toLowerCase())) field.report('', 'passwordCommon', field)
})

export const newPassword = () => vine.string().minLength(8).maxLength(128).use(passwordRule())
