/**
 * Text PostgreSQL can store: no NUL character and no lone UTF-16
 * surrogate (neither fits a `text` column or a `jsonb` string).
 */
export function isStorableText(text: string) {
  return !text.includes('\u0000') && text.isWellFormed()
}

/** The same text with what cannot be stored replaced by U+FFFD. */
export function storableCopy(text: string) {
  return text.toWellFormed().replaceAll('\u0000', '\uFFFD')
}
