import vine from '@vinejs/vine'
import { IMPORT_MODES } from '#resources/imports/models/import'

/**
 * The choices of a dry run or commit: which field each header fills (null
 * to leave a column out), what duplicates are matched on, and what happens
 * to them.
 */
export const importChoicesValidator = vine.create({
  mapping: vine.record(vine.string().trim().maxLength(120).nullable()),
  matchKey: vine.string().trim().maxLength(80).nullable().optional(),
  mode: vine.enum(IMPORT_MODES),
})
