import { createHash } from 'node:crypto'
import { HttpContext } from '@adonisjs/core/http'
import type { Secret } from '@adonisjs/core/helpers'
import { AccessTokensLucidUserProvider } from '@adonisjs/auth/access_tokens'
import type { LucidTokenable } from '@adonisjs/auth/types/access_tokens'
import type { LucidModel } from '@adonisjs/lucid/types/model'
import { prepared } from '#core/query/prepared'
import type {
  ThrottledAccessTokensProvider,
  TokenRowKey,
} from '#identity/services/throttled_access_tokens'

type Row = Record<string, any>

/** What the guard's token check reads of the token's row. */
const TOKEN_COLUMNS = [
  'id',
  'tokenable_id',
  'type',
  'name',
  'hash',
  'abilities',
  'created_at',
  'updated_at',
  'last_used_at',
  'expires_at',
]

/** A table's columns in the joined row: `[alias in the row, column]`. */
type Columns = [string, string][]

function columnsOf(names: string[], prefix: string): Columns {
  return names.map((name) => [`${prefix}${name}`, name])
}

function selectOf(alias: string, columns: Columns) {
  return columns.map(([as, name]) => `"${alias}"."${name}" AS "${as}"`)
}

/** One table's part of a joined row, under its own column names. */
function partOf(row: Row, columns: Columns) {
  const part: Row = {}
  for (const [as, name] of columns) part[name] = row[as]
  return part
}

/** How a model's columns become its attributes: `[alias in the row, attribute, consume]`. */
type Hydration = [
  string,
  string,
  ((value: any, attribute: string, model: any) => any) | undefined,
][]

function hydrationOf(model: LucidModel, prefix: string): Hydration {
  return [...model.$columnsDefinitions.entries()].map(([attribute, column]) => [
    `${prefix}${column.columnName}`,
    attribute,
    column.consume,
  ])
}

const isPlainValue = (value: unknown) =>
  Array.isArray(value) ||
  (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype)

/**
 * The persisted model of one table's part of the joined row, as
 * `$createFromAdapterResult` makes it (each column consumed into its
 * attribute, the originals a deep copy, persisted), without its per-key
 * lookups and generic deep merge: this runs on every API request.
 */
function hydrate(model: LucidModel, row: Row, hydration: Hydration) {
  const instance = new model() as InstanceType<LucidModel> & { $original: Row; $attributes: Row }
  const attributes: Row = {}
  const original: Row = {}
  for (const [as, attribute, consume] of hydration) {
    const value = consume ? consume(row[as], attribute, instance) : row[as]
    attributes[attribute] = value
    original[attribute] = isPlainValue(value) ? structuredClone(value) : value
  }
  instance.$attributes = attributes
  instance.$original = original
  instance.$isPersisted = true
  instance.$isLocal = false
  return instance
}

type Shape = {
  sql: string
  /** its prepared statement's name: one per distinct text */
  statement: string
  token: Columns
  user: Hydration
  organization: Hydration
}

/**
 * The user of a bearer token, read in the same query as the token (with
 * their organization, which every API request needs): one round trip where
 * the stock provider makes three. The token is checked by its provider
 * exactly as before (secret, expiry, last use); the user found with it is
 * the one `findById` then returns for this request.
 */
export class TokenUserProvider<
  TokenableProperty extends string,
  UserModel extends LucidTokenable<TokenableProperty>,
> extends AccessTokensLucidUserProvider<TokenableProperty, UserModel> {
  #shape?: Shape
  #found = new WeakMap<HttpContext, InstanceType<UserModel>>()

  /** The query (built once) and where each table's columns are in its row. */
  protected async shapeFor(table: string) {
    if (this.#shape) return this.#shape
    const model = (await this.getModel()) as unknown as LucidModel
    const organization = model.$getRelation('organization')!.relatedModel()
    const namesOf = (of: LucidModel) =>
      [...of.$columnsDefinitions.values()].map((c) => c.columnName)
    const token = columnsOf(TOKEN_COLUMNS, 't__')
    const select = [
      ...selectOf('t', token),
      ...selectOf('u', columnsOf(namesOf(model), 'u__')),
      ...selectOf('o', columnsOf(namesOf(organization), 'o__')),
    ]
    const sql =
      `SELECT ${select.join(', ')} FROM "${table}" AS "t" ` +
      `LEFT JOIN "${model.table}" AS "u" ON "u"."id" = "t"."tokenable_id" ` +
      `LEFT JOIN "${organization.table}" AS "o" ON "o"."id" = "u"."organization_id" ` +
      `WHERE "t"."id" = ? AND "t"."type" = ? LIMIT 1`
    const statement = `nova_token_user_${createHash('sha1').update(sql).digest('hex').slice(0, 12)}`
    this.#shape = {
      sql,
      statement,
      token,
      user: hydrationOf(model, 'u__'),
      organization: hydrationOf(organization, 'o__'),
    }
    return this.#shape
  }

  /**
   * The user (and organization) of a joined row, as models, the
   * organization preloaded; undefined when the token has no user.
   */
  protected async userOf(row: Row, shape: Shape) {
    const model = (await this.getModel()) as unknown as LucidModel
    if (row.u__id === null || row.u__id === undefined) return undefined
    const user = hydrate(model, row, shape.user)
    if (row.o__id !== null && row.o__id !== undefined) {
      const organization = model.$getRelation('organization')!.relatedModel()
      user.$setRelated('organization' as any, hydrate(organization, row, shape.organization))
    }
    return user as InstanceType<UserModel>
  }

  async verifyToken(tokenValue: Secret<string>) {
    const tokens =
      (await this.getTokensProvider()) as unknown as ThrottledAccessTokensProvider<LucidModel>
    const ctx = HttpContext.get()
    let found: Row | undefined
    let shape: Shape | undefined
    const token = await tokens.verify(tokenValue, async ({ table, id, type }: TokenRowKey) => {
      const model = (await this.getModel()) as unknown as LucidModel
      const client = model.$adapter.query(model).client
      shape = await this.shapeFor(table)
      const result = await prepared(client.rawQuery(shape.sql, [id, type]), shape.statement)
      found = result.rows[0]
      return found ? partOf(found, shape.token) : null
    })
    if (token && found && shape && ctx) {
      const user = await this.userOf(found, shape)
      if (user) this.#found.set(ctx, user)
    }
    return token
  }

  async findById(identifier: string | number | BigInt) {
    const ctx = HttpContext.get()
    const user = ctx ? this.#found.get(ctx) : undefined
    if (ctx) this.#found.delete(ctx)
    if (user && String((user as any).$primaryKeyValue) === String(identifier)) {
      return this.createUserForGuard(user)
    }
    return super.findById(identifier)
  }
}

/**
 * `tokensUserProvider` of `@adonisjs/auth`, reading the user along with
 * the token.
 */
export function tokenUserProvider<
  TokenableProperty extends string,
  UserModel extends LucidTokenable<TokenableProperty>,
>(
  options: ConstructorParameters<
    typeof AccessTokensLucidUserProvider<TokenableProperty, UserModel>
  >[0]
) {
  return new TokenUserProvider<TokenableProperty, UserModel>(options)
}
