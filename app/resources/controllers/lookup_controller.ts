import type { HttpContext } from '@adonisjs/core/http'
import vine from '@vinejs/vine'
import User from '#identity/models/user'
import { findResource } from '#resources/registry'
import { likeEscaped } from '#core/query/list_query'
import { ResourceContext } from '#resources/engine/resource_context'
import ResourcePolicy from '#resources/policies/resource_policy'

const lookupValidator = vine.create({
  q: vine.string().trim().maxLength(100).optional(),
  ids: vine
    .string()
    .regex(/^\d+(,\d+){0,49}$/)
    .optional(),
})

/**
 * The query string parser splits values at commas (`ids=1,2`, `q=Smith,
 * John`); both are plain strings here.
 */
function joinedQs(qs: Record<string, unknown>) {
  const joined = (value: unknown) => (Array.isArray(value) ? value.join(',') : value)
  return { q: joined(qs.q), ids: joined(qs.ids) }
}

/**
 * Options for relation pickers: the first matches of a search, or the
 * titles of given ids, among the records the user may see.
 */
export default class LookupController {
  async handle({ params, request, auth, bouncer, i18n, response }: HttpContext) {
    const { q, ids } = await request.validateUsing(lookupValidator, {
      data: joinedQs(request.qs()),
    })
    const wanted = ids?.split(',').map(Number)
    if (params.target === 'users') {
      const query = User.query()
        .select('id', 'name')
        .where('status', 'active')
        .orderBy('name')
        .limit(20)
      if (q) query.whereILike('name', `%${likeEscaped(q)}%`)
      if (wanted) query.whereIn('id', wanted)
      const users = await query
      return { data: users.map((user) => ({ id: user.id, title: user.name })) }
    }
    const resource = findResource(String(params.target))
    if (!resource)
      return response.notFound({
        errors: [{ message: i18n.t('errors.E_ROUTE_NOT_FOUND'), code: 'E_ROUTE_NOT_FOUND' }],
      })
    await bouncer.with(ResourcePolicy).authorize('viewAny', resource)
    const context = await ResourceContext.for(resource, auth.user!, i18n)
    const title = `${context.table}.${context.fieldColumn(resource.titleField)}`
    const query = context.query().select(`${context.table}.id`, title).orderBy(title).limit(20)
    if (q) query.whereILike(title, `%${likeEscaped(q)}%`)
    if (wanted) query.whereIn(`${context.table}.id`, wanted)
    const rows = await query
    return {
      data: rows.map((row) => ({ id: row.id as number, title: String(row[resource.titleField]) })),
    }
  }
}
