import { compose } from '@adonisjs/core/helpers'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { InvitationSchema } from '#database/schema'
import { withOrganizationScope } from '#core/tenancy/with_organization_scope'
import Organization from '#identity/models/organization'
import type { Role } from '#identity/roles'

export default class Invitation extends compose(InvitationSchema, withOrganizationScope) {
  declare role: Role

  @belongsTo(() => Organization)
  declare organization: BelongsTo<typeof Organization>
}
