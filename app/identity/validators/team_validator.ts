import vine from '@vinejs/vine'

export const listTeamValidator = vine.create({
  page: vine
    .number()
    .withoutDecimals()
    .min(1)
    .optional()
    .transform((value) => value ?? 1),
  perPage: vine
    .number()
    .withoutDecimals()
    .range([1, 100])
    .optional()
    .transform((value) => value ?? 25),
})
