import '@adonisjs/inertia/types'

import type { VNodeProps, AllowedComponentProps, ComponentInstance } from 'vue'

type ExtractProps<T> = Omit<
  ComponentInstance<T>['$props'],
  keyof VNodeProps | keyof AllowedComponentProps
>

declare module '@adonisjs/inertia/types' {
  export interface InertiaPages {
    'audit/index': ExtractProps<(typeof import('../../inertia/pages/audit/index.vue'))['default']>
    'audit/security': ExtractProps<(typeof import('../../inertia/pages/audit/security.vue'))['default']>
    'auth/accept_invitation': ExtractProps<(typeof import('../../inertia/pages/auth/accept_invitation.vue'))['default']>
    'auth/forgot_password': ExtractProps<(typeof import('../../inertia/pages/auth/forgot_password.vue'))['default']>
    'auth/login': ExtractProps<(typeof import('../../inertia/pages/auth/login.vue'))['default']>
    'auth/reset_password': ExtractProps<(typeof import('../../inertia/pages/auth/reset_password.vue'))['default']>
    'auth/two_factor': ExtractProps<(typeof import('../../inertia/pages/auth/two_factor.vue'))['default']>
    'crm/deal_board': ExtractProps<(typeof import('../../inertia/pages/crm/deal_board.vue'))['default']>
    'crm/my_tasks': ExtractProps<(typeof import('../../inertia/pages/crm/my_tasks.vue'))['default']>
    'dashboard': ExtractProps<(typeof import('../../inertia/pages/dashboard.vue'))['default']>
    'errors/forbidden': ExtractProps<(typeof import('../../inertia/pages/errors/forbidden.vue'))['default']>
    'errors/not_found': ExtractProps<(typeof import('../../inertia/pages/errors/not_found.vue'))['default']>
    'errors/server_error': ExtractProps<(typeof import('../../inertia/pages/errors/server_error.vue'))['default']>
    'notifications/index': ExtractProps<(typeof import('../../inertia/pages/notifications/index.vue'))['default']>
    'notifications/preferences': ExtractProps<(typeof import('../../inertia/pages/notifications/preferences.vue'))['default']>
    'profile/show': ExtractProps<(typeof import('../../inertia/pages/profile/show.vue'))['default']>
    'resources/form': ExtractProps<(typeof import('../../inertia/pages/resources/form.vue'))['default']>
    'resources/import': ExtractProps<(typeof import('../../inertia/pages/resources/import.vue'))['default']>
    'resources/index': ExtractProps<(typeof import('../../inertia/pages/resources/index.vue'))['default']>
    'resources/show': ExtractProps<(typeof import('../../inertia/pages/resources/show.vue'))['default']>
    'settings/custom_fields': ExtractProps<(typeof import('../../inertia/pages/settings/custom_fields.vue'))['default']>
    'settings/jobs': ExtractProps<(typeof import('../../inertia/pages/settings/jobs.vue'))['default']>
    'settings/lead_capture': ExtractProps<(typeof import('../../inertia/pages/settings/lead_capture.vue'))['default']>
    'settings/outbox': ExtractProps<(typeof import('../../inertia/pages/settings/outbox.vue'))['default']>
    'settings/show': ExtractProps<(typeof import('../../inertia/pages/settings/show.vue'))['default']>
    'team/index': ExtractProps<(typeof import('../../inertia/pages/team/index.vue'))['default']>
  }
}
