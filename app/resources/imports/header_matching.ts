import string from '@adonisjs/core/helpers/string'
import i18nManager from '@adonisjs/i18n/services/main'
import { LOCALES } from '#core/i18n/locales'
import type { ResourceDefinition } from '#resources/define_resource'
import { fieldLabel, optionLabel, type ResolvedField } from '#resources/engine/resource_fields'

/**
 * Text as compared when matching headers and labels: case, Latin accents,
 * Arabic diacritics (tashkeel), tatweel, hamza forms, spaces and
 * punctuation do not count ("E-mail" = "email", "البريد الإلكتروني" =
 * "البريد الالكتروني").
 */
export function looseText(value: string) {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0640/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0649/g, '\u064a')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

/**
 * The fields a file can fill: those the record form writes.
 */
export function importableFields(fields: ResolvedField[]) {
  return fields.filter((field) => field.form && !field.archived && !field.secret)
}

/**
 * Every name a field goes by: its key (camel and snake case, and the custom
 * key) and its label in each language.
 */
function namesOf(resource: ResourceDefinition, field: ResolvedField) {
  const names = [field.key, string.snakeCase(field.key)]
  if (field.customKey) names.push(field.customKey)
  for (const locale of LOCALES) {
    names.push(fieldLabel(i18nManager.locale(locale), resource, field))
  }
  return names.map(looseText).filter(Boolean)
}

/**
 * The field each header most likely means: first by exact (loose) match on
 * a key or a label in either language, then, for headers still unmatched,
 * by a name the header starts or ends with ("Contact e-mail", "رقم الجوال")
 * when exactly one field fits. Every field is suggested at most once.
 */
export function suggestMapping(
  resource: ResourceDefinition,
  fields: ResolvedField[],
  headers: string[]
) {
  const names = importableFields(fields).map((field) => ({
    key: field.key,
    names: namesOf(resource, field),
  }))
  const taken = new Set<string>()
  const mapping: Record<string, string | null> = {}
  for (const header of headers) {
    const loose = looseText(header)
    const exact = names.find((field) => !taken.has(field.key) && field.names.includes(loose))
    mapping[header] = exact?.key ?? null
    if (exact) taken.add(exact.key)
  }
  for (const header of headers) {
    if (mapping[header]) continue
    const loose = looseText(header)
    const partial = names.filter(
      (field) =>
        !taken.has(field.key) &&
        field.names.some(
          (name) => name.length >= 3 && (loose.startsWith(name) || loose.endsWith(name))
        )
    )
    if (partial.length !== 1) continue
    mapping[header] = partial[0].key
    taken.add(partial[0].key)
  }
  return mapping
}

/**
 * A select field's values by every name they go by (value, English and
 * Arabic labels), loosely compared.
 */
export function optionLookup(resource: ResourceDefinition, field: ResolvedField) {
  const lookup = new Map<string, string>()
  for (const value of field.options ?? []) {
    lookup.set(looseText(value), value)
    for (const locale of LOCALES) {
      const label = optionLabel(i18nManager.locale(locale), resource, field, value)
      const loose = looseText(label)
      if (loose && !lookup.has(loose)) lookup.set(loose, value)
    }
  }
  return lookup
}
