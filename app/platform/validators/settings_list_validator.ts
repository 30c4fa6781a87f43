import vine from '@vinejs/vine'
import { paginationSchema } from '#core/http/pagination'

/**
 * `?page=&perPage=` of the settings lists (outbox, failed jobs).
 */
export const settingsListValidator = vine.create({ ...paginationSchema })
