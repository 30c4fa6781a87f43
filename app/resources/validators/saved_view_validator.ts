import vine from '@vinejs/vine'
import { numberSchema } from '#core/validation/rules'
import { MAX_PER_PAGE } from '#core/http/pagination'

const text = () => vine.string().maxLength(500)

/**
 * `{ gte: '1' }`, or one level deeper for custom fields:
 * `{ budget: { gte: '1' } }` (vine.unionOfTypes cannot nest a union, so the
 * record's values are the union).
 */
const condition = vine.record(vine.unionOfTypes([text(), vine.record(text())]))

export const viewStateSchema = vine.object({
  filter: vine.record(vine.unionOfTypes([text(), condition])).optional(),
  sort: vine.string().maxLength(200).optional(),
  q: vine.string().maxLength(200).optional(),
  columns: vine.array(vine.string().maxLength(80)).maxLength(60).optional(),
  perPage: numberSchema().withoutDecimals().range([1, MAX_PER_PAGE]).optional(),
  density: vine.enum(['compact', 'normal', 'comfortable'] as const).optional(),
})

export const savedViewValidator = vine.create({
  name: vine.string().trim().minLength(1).maxLength(120),
  shared: vine.boolean().optional(),
  state: viewStateSchema,
  makeDefault: vine.boolean().optional(),
})
