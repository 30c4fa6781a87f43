/**
 * Characters a spreadsheet reads as the start of a formula (or that hide
 * one behind a tab or carriage return).
 */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r'])

/**
 * Makes exported text inert in Excel, LibreOffice and Google Sheets: a cell
 * that would start a formula (CSV/formula injection) gets a leading `'`, so
 * `=HYPERLINK("…")` arrives as text.
 */
export function neutralizeFormula(text: string) {
  return text.length > 0 && FORMULA_START.has(text[0]) ? `'${text}` : text
}
