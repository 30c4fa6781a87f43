import vine from '@vinejs/vine'
import { DateTime } from 'luxon'
import { TOKEN_ABILITIES } from '#identity/permissions'

export const createTokenValidator = vine.create({
  name: vine.string().trim().minLength(1).maxLength(120),
  abilities: vine.array(vine.enum(TOKEN_ABILITIES)).minLength(1).distinct(),
  expiresAt: vine
    .date({ formats: ['iso8601', 'YYYY-MM-DD'] })
    .afterOrEqual(() => DateTime.now().plus({ minutes: 1 }).toISO()!)
    .optional(),
})
