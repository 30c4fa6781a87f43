import { ListQuery } from '#core/query/list_query'
import { ROLES, USER_STATUSES } from '#identity/roles'

/**
 * What `/users` can be sorted, filtered and searched by; nothing else (the
 * password hash or 2FA secret least of all).
 */
export const usersListQuery = new ListQuery(
  {
    name: { column: 'name', type: 'string', sortable: true, filterable: true, searchable: true },
    email: { column: 'email', type: 'string', sortable: true, filterable: true, searchable: true },
    role: { column: 'role', type: 'enum', values: ROLES, sortable: true, filterable: true },
    status: { column: 'status', type: 'enum', values: USER_STATUSES, filterable: true },
    createdAt: { column: 'created_at', type: 'date', sortable: true, filterable: true },
  },
  'name'
)
