import vine from '@vinejs/vine'
import { MAX_PER_PAGE } from '#core/http/pagination'

const filterValue = vine.unionOfTypes([
  vine.string().maxLength(500),
  vine.record(vine.string().maxLength(500)),
])

export const viewStateSchema = vine.object({
  filter: vine.record(vine.unionOfTypes([filterValue, vine.record(filterValue)])).optional(),
  sort: vine.string().maxLength(200).optional(),
  q: vine.string().maxLength(200).optional(),
  columns: vine.array(vine.string().maxLength(80)).maxLength(60).optional(),
  perPage: vine.number().withoutDecimals().range([1, MAX_PER_PAGE]).optional(),
  density: vine.enum(['compact', 'normal', 'comfortable'] as const).optional(),
})

export const savedViewValidator = vine.create({
  name: vine.string().trim().minLength(1).maxLength(120),
  shared: vine.boolean().optional(),
  state: viewStateSchema,
})
