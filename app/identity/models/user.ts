import { UserSchema } from '#database/schema'
import hash from '@adonisjs/core/services/hash'
import { compose } from '@adonisjs/core/helpers'
import { belongsTo, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import { withAuthFinder } from '@adonisjs/auth/mixins/lucid'
import type { AccessToken } from '@adonisjs/auth/access_tokens'
import { ThrottledAccessTokensProvider } from '#identity/services/throttled_access_tokens'
import { DbRememberMeTokensProvider } from '@adonisjs/auth/session'
import identityConfig from '#config/identity'
import { withOrganizationScope } from '#core/tenancy/with_organization_scope'
import Organization from '#identity/models/organization'
import UserPermission from '#identity/models/user_permission'
import type { Role, UserStatus } from '#identity/roles'
import type { Locale } from '#core/i18n/locales'

const AuthFinder = withAuthFinder(() => hash.use(), {
  uids: ['email'],
  passwordColumnName: 'password',
})

export default class User extends compose(UserSchema, withOrganizationScope, AuthFinder) {
  declare role: Role
  declare status: UserStatus
  declare locale: Locale | null

  /**
   * Bearer tokens: the apps' short-lived access tokens (abilities ["*"]) and
   * personal access tokens with chosen abilities.
   */
  static accessTokens = new ThrottledAccessTokensProvider({
    tokenableModel: User,
    expiresIn: identityConfig.accessTokenTtl,
    prefix: 'nat_',
    table: 'auth_access_tokens',
    type: 'access_token',
  })

  /**
   * Personal access tokens for integrations: chosen abilities, optional expiry.
   */
  static personalTokens = new ThrottledAccessTokensProvider({
    tokenableModel: User,
    prefix: 'npt_',
    table: 'auth_access_tokens',
    type: 'personal_token',
  })

  /**
   * "Remember me" on the admin panel's sign-in.
   */
  static rememberMeTokens = DbRememberMeTokensProvider.forModel(User)

  /**
   * Set by the API guard on the request's user.
   */
  declare currentAccessToken?: AccessToken

  @belongsTo(() => Organization)
  declare organization: BelongsTo<typeof Organization>

  /**
   * Extra permissions granted on top of the role's defaults.
   */
  @hasMany(() => UserPermission)
  declare grants: HasMany<typeof UserPermission>

  get isActive() {
    return this.status === 'active'
  }

  /**
   * The user's organization, queried at most once per request.
   */
  async loadOrganization() {
    if (!this.$preloaded.organization) await (this as User).load('organization')
    return this.organization
  }

  get twoFactorEnabled() {
    return this.twoFactorConfirmedAt !== null
  }
}
