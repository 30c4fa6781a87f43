import type { I18n } from '@adonisjs/i18n'
import type { LucidRow, ModelQueryBuilderContract, LucidModel } from '@adonisjs/lucid/types/model'
import type User from '#identity/models/user'
import { roleAtLeast } from '#identity/roles'
import type { ResourceDefinition } from '#resources/define_resource'
import { resourceFields, listFieldsOf, type ResolvedField } from '#resources/engine/resource_fields'
import { recordValues } from '#resources/engine/record_values'
import {
  loadRelationTitles,
  relationSummary,
  type RelationTitles,
} from '#resources/engine/relation_titles'

type Row = LucidRow & Record<string, any>
export type Query = ModelQueryBuilderContract<LucidModel, Row>

/** Brokers reach only the records of this resource they own or are assigned to. */
function isOwnershipScoped(resource: ResourceDefinition, user: User) {
  return resource.ownership !== undefined && !roleAtLeast(user.role, 'manager')
}

/**
 * Narrows a query of the resource to the records the user may reach:
 * for brokers, those they own or are assigned to; for managers and above,
 * the whole organization (the model's own scope).
 */
export function withinReach<Q extends ModelQueryBuilderContract<LucidModel, any>>(
  query: Q,
  resource: ResourceDefinition,
  user: User,
  scoped = isOwnershipScoped(resource, user)
) {
  const ownership = resource.ownership
  if (!ownership || !scoped) return query
  const { model } = resource
  const column = (key: string) => `${model.table}.${model.$getColumn(key)?.columnName ?? key}`
  query.where((scope) => {
    scope.where(column(ownership.owner), user.id)
    if (ownership.assignee) scope.orWhere(column(ownership.assignee), user.id)
  })
  return query
}

/**
 * One resource as seen by one user of one organization: its fields
 * (declared and custom), the records that user may reach, and how a record
 * is shown. Built once per request.
 */
export class ResourceContext {
  constructor(
    readonly resource: ResourceDefinition,
    readonly fields: ResolvedField[],
    readonly user: User,
    readonly i18n: I18n
  ) {}

  static async for(resource: ResourceDefinition, user: User, i18n: I18n) {
    return new ResourceContext(resource, await resourceFields(resource), user, i18n)
  }

  /**
   * The field a record's title is read from, in the user's language.
   */
  get titleField() {
    const localized = this.resource.localizedTitle
    if (!localized) return this.resource.titleField
    return this.i18n.locale === 'ar' ? localized.ar : localized.en
  }

  get table() {
    return this.resource.model.table
  }

  get activeFields() {
    return this.fields.filter((field) => !field.archived && !field.secret)
  }

  get listFields() {
    return listFieldsOf(this.resource, this.fields)
  }

  /**
   * Brokers reach only what they own or are assigned to; managers and above
   * reach the whole organization.
   */
  get isOwnershipScoped() {
    return isOwnershipScoped(this.resource, this.user)
  }

  /**
   * Every read and write starts here: the organization (through the model),
   * the trash or not, and the user's ownership scope.
   */
  query(options: { trash?: boolean } = {}): Query {
    const query = this.resource.model.query() as unknown as Query
    if (options.trash) query.whereNotNull(`${this.table}.deleted_at`)
    else query.whereNull(`${this.table}.deleted_at`)
    return withinReach(query, this.resource, this.user, this.isOwnershipScoped)
  }

  async find(id: number, options: { trash?: boolean } = {}) {
    return this.query(options).where(`${this.table}.id`, id).firstOrFail()
  }

  fieldColumn(key: string) {
    const field = this.fields.find((candidate) => candidate.key === key)
    if (!field) throw new Error(`Unknown field "${key}" on ${this.resource.name}`)
    return field.column
  }

  /**
   * Whether the user may set this owner: brokers keep records to themselves.
   */
  canAssignTo(userId: number | null | undefined) {
    return !this.isOwnershipScoped || userId === this.user.id
  }

  /**
   * Records as the API and the screens show them: declared fields, custom
   * fields under `custom`, a title for every relation, and the version.
   */
  async serializeMany(rows: LucidRow[]) {
    const titles = await loadRelationTitles(rows, this.activeFields, this.i18n.locale, this.user)
    return rows.map((row) => this.serialize(row as Row, titles))
  }

  async serializeOne(row: LucidRow) {
    const [serialized] = await this.serializeMany([row])
    return serialized
  }

  serialize(row: Row, titles: RelationTitles) {
    const { values, custom } = recordValues(row, this.activeFields)
    const relations: Record<string, unknown> = {}
    for (const field of this.activeFields) {
      if (field.type === 'relation' && !field.customKey) {
        relations[field.key.replace(/Id$/, '')] = relationSummary(titles, field, row[field.key])
      }
    }
    return {
      id: row.id as number,
      title: String(row[this.titleField] ?? ''),
      ...values,
      ...relations,
      custom,
      version: row.version as number,
      deletedAt: row.deletedAt ? row.deletedAt.toUTC().toISO() : null,
    }
  }

  /**
   * The values the audit log keeps for a record.
   */
  snapshot(row: Row) {
    const { values, custom } = recordValues(row, this.fields)
    const customValues = Object.entries(custom).map(([key, value]) => [`custom.${key}`, value])
    return { ...values, ...Object.fromEntries(customValues) }
  }
}

export type SerializedRecord = ReturnType<ResourceContext['serialize']>
