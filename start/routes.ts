import { recordId } from '#core/http/record_id'
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { registerResourceApiRoutes } from '#resources/routes'
import { registerResourceAdminRoutes } from '#resources/admin_routes'
import { registerCrmAdminRoutes, registerCrmApiRoutes, registerPublicRoutes } from '#crm/routes'
import {
  registerNotificationAdminRoutes,
  registerNotificationApiRoutes,
} from '#notifications/routes'

const HealthController = () => import('#platform/controllers/health_controller')
const SessionController = () => import('#identity/controllers/session_controller')
const DashboardController = () => import('#platform/controllers/dashboard_controller')
const LocaleController = () => import('#platform/controllers/locale_controller')
const ProfileController = () => import('#identity/controllers/profile_controller')
const TeamController = () => import('#identity/controllers/team_controller')
const SettingsController = () => import('#platform/controllers/settings_controller')
const CustomFieldsController = () => import('#resources/controllers/custom_fields_controller')
const ApiCustomFieldsController = () =>
  import('#resources/controllers/api_custom_fields_controller')
const LogsController = () => import('#core/audit/controllers/logs_controller')
const FailedJobsController = () => import('#platform/controllers/failed_jobs_controller')
const OutboxController = () => import('#platform/controllers/outbox_controller')
const TeamMembersController = () => import('#identity/controllers/team_members_controller')
const TwoFactorChallengeController = () =>
  import('#identity/controllers/two_factor_challenge_controller')
const AccountLinksController = () => import('#identity/controllers/account_links_controller')
const ProfileTwoFactorController = () =>
  import('#identity/controllers/profile_two_factor_controller')
const ApiAuthController = () => import('#identity/controllers/api/auth_controller')
const ApiMeController = () => import('#identity/controllers/api/me_controller')
const ApiUsersController = () => import('#identity/controllers/api/users_controller')
const ApiInvitationsController = () => import('#identity/controllers/api/invitations_controller')
const ApiAccountRecoveryController = () =>
  import('#identity/controllers/api/account_recovery_controller')
const ApiTokensController = () => import('#identity/controllers/api/tokens_controller')
const ApiTwoFactorController = () => import('#identity/controllers/api/two_factor_controller')
const ApiSessionsController = () => import('#identity/controllers/api/sessions_controller')
const ApiUserPermissionsController = () =>
  import('#identity/controllers/api/user_permissions_controller')
const OpenApiController = () => import('#resources/controllers/openapi_controller')
const ApiDocsController = () => import('#resources/controllers/api_docs_controller')

registerPublicRoutes()

router.get('/health/live', [HealthController, 'live']).as('health.live')
router.get('/health/ready', [HealthController, 'ready']).as('health.ready')

/**
 * The API's browsable documentation (Swagger UI from the npm package) on the
 * generated OpenAPI document.
 */
router.get('/api/docs', [ApiDocsController, 'show']).as('api.docs')
router.get('/api/docs/assets/:file', [ApiDocsController, 'asset']).as('api.docs.asset')

/**
 * The admin panel: cookie sessions, CSRF and the signed-in user. The API
 * and health probes carry none of that.
 */
router
  .group(() => {
    router.post('/locale', [LocaleController, 'update']).as('locale.update')
    router.get('/verify-email/:token', [AccountLinksController, 'verify']).as('email.verify')

    router
      .group(() => {
        router.get('/login', [SessionController, 'create']).as('session.create')
        router.post('/login', [SessionController, 'store']).as('session.store')
        router.get('/forgot-password', [AccountLinksController, 'forgotForm']).as('password.forgot')
        router
          .post('/forgot-password', [AccountLinksController, 'sendReset'])
          .as('password.send_reset')
        router
          .get('/reset-password/:token', [AccountLinksController, 'resetForm'])
          .as('password.reset_form')
        router.post('/reset-password', [AccountLinksController, 'reset']).as('password.reset')
        router
          .get('/invitations/:token', [AccountLinksController, 'invitationForm'])
          .as('invitations.show')
        router.post('/invitations', [AccountLinksController, 'accept']).as('invitations.accept')
        router.get('/two-factor', [TwoFactorChallengeController, 'show']).as('two_factor.challenge')
        router.post('/two-factor', [TwoFactorChallengeController, 'store']).as('two_factor.verify')
      })
      .use(middleware.guest())

    router
      .group(() => {
        router.get('/', [DashboardController, 'show']).as('admin.dashboard')
        router.get('/team', [TeamController, 'index']).as('admin.team.index')
        router.post('/team/invitations', [TeamMembersController, 'invite']).as('admin.team.invite')
        router
          .patch('/team/:id', [TeamMembersController, 'update'])
          .where('id', recordId)
          .as('admin.team.update')
        router
          .delete('/team/:id', [TeamMembersController, 'destroy'])
          .where('id', recordId)
          .as('admin.team.destroy')
        router
          .put('/team/:id/permissions', [TeamMembersController, 'permissions'])
          .where('id', recordId)
          .as('admin.team.permissions')
        router.get('/settings', [SettingsController, 'show']).as('admin.settings.show')
        router.patch('/settings', [SettingsController, 'update']).as('admin.settings.update')
        router
          .get('/settings/custom-fields', [CustomFieldsController, 'index'])
          .as('admin.custom_fields.index')
        router
          .post('/settings/custom-fields', [CustomFieldsController, 'store'])
          .as('admin.custom_fields.store')
        router
          .post('/settings/custom-fields/reorder', [CustomFieldsController, 'reorder'])
          .as('admin.custom_fields.reorder')
        router
          .patch('/settings/custom-fields/:id', [CustomFieldsController, 'update'])
          .where('id', recordId)
          .as('admin.custom_fields.update')
        router
          .post('/settings/custom-fields/:id/archive', [CustomFieldsController, 'archive'])
          .where('id', recordId)
          .as('admin.custom_fields.archive')
        router
          .post('/settings/custom-fields/:id/unarchive', [CustomFieldsController, 'unarchive'])
          .where('id', recordId)
          .as('admin.custom_fields.unarchive')
        router.get('/settings/jobs', [FailedJobsController, 'index']).as('admin.jobs.index')
        router
          .post('/settings/jobs/:id/retry', [FailedJobsController, 'retry'])
          .where('id', recordId)
          .as('admin.jobs.retry')
        router
          .delete('/settings/jobs/:id', [FailedJobsController, 'destroy'])
          .where('id', recordId)
          .as('admin.jobs.destroy')
        router.get('/settings/outbox', [OutboxController, 'index']).as('admin.outbox.index')
        router
          .get('/settings/outbox/:id', [OutboxController, 'show'])
          .where('id', recordId)
          .as('admin.outbox.show')
        router
          .get('/settings/outbox/:id/html', [OutboxController, 'html'])
          .where('id', recordId)
          .as('admin.outbox.html')
        router.get('/audit', [LogsController, 'audit']).as('admin.audit.index')
        router.get('/security', [LogsController, 'security']).as('admin.security.index')
        router.get('/profile', [ProfileController, 'show']).as('admin.profile.show')
        router.patch('/profile', [ProfileController, 'update']).as('profile.update')
        router.put('/profile/password', [ProfileController, 'password']).as('profile.password')
        router
          .post('/profile/tokens', [ProfileController, 'createToken'])
          .as('profile.tokens.store')
        router
          .delete('/profile/tokens/:id', [ProfileController, 'revokeToken'])
          .where('id', recordId)
          .as('profile.tokens.destroy')
        router
          .delete('/profile/devices/:deviceId', [ProfileController, 'revokeDevice'])
          .as('profile.devices.destroy')
        router
          .post('/profile/two-factor', [ProfileTwoFactorController, 'setup'])
          .as('profile.two_factor.setup')
        router
          .post('/profile/two-factor/confirm', [ProfileTwoFactorController, 'confirm'])
          .as('profile.two_factor.confirm')
        router
          .post('/profile/two-factor/disable', [ProfileTwoFactorController, 'disable'])
          .as('profile.two_factor.disable')
        router
          .post('/profile/two-factor/recovery-codes', [
            ProfileTwoFactorController,
            'regenerateRecoveryCodes',
          ])
          .as('profile.two_factor.recovery_codes')
        router.post('/logout', [SessionController, 'destroy']).as('session.destroy')

        registerCrmAdminRoutes()
        registerNotificationAdminRoutes()
        registerResourceAdminRoutes()
      })
      .use([middleware.auth(), middleware.requireTwoFactor()])
  })
  .use([middleware.session(), middleware.shield(), middleware.silentAuth(), middleware.locale()])

router
  .group(() => {
    router.get('/openapi.json', [OpenApiController, 'show']).as('api.v1.openapi')
    router.post('/auth/signup', [ApiAuthController, 'signup']).as('api.v1.auth.signup')
    router.post('/auth/login', [ApiAuthController, 'login']).as('api.v1.auth.login')
    router.post('/auth/two-factor', [ApiAuthController, 'twoFactor']).as('api.v1.auth.two_factor')
    router.post('/auth/refresh', [ApiAuthController, 'refresh']).as('api.v1.auth.refresh')
    router
      .post('/auth/invitations/accept', [ApiAuthController, 'acceptInvitation'])
      .as('api.v1.auth.invitations.accept')
    router
      .post('/auth/password/forgot', [ApiAccountRecoveryController, 'forgot'])
      .as('api.v1.auth.password.forgot')
    router
      .post('/auth/password/reset', [ApiAccountRecoveryController, 'reset'])
      .as('api.v1.auth.password.reset')
    router
      .post('/auth/email/verify', [ApiAccountRecoveryController, 'verifyEmail'])
      .as('api.v1.auth.email.verify')

    router
      .group(() => {
        router.post('/auth/logout', [ApiAuthController, 'logout']).as('api.v1.auth.logout')
        router
          .post('/auth/logout-all', [ApiAuthController, 'logoutAll'])
          .as('api.v1.auth.logout_all')
        router.get('/me', [ApiMeController, 'show']).as('api.v1.me.show')

        router
          .group(() => {
            router.patch('/me', [ApiMeController, 'update']).as('api.v1.me.update')
            router.put('/me/password', [ApiMeController, 'changePassword']).as('api.v1.me.password')
            router
              .get('/me/sessions', [ApiSessionsController, 'index'])
              .as('api.v1.me.sessions.index')
            router
              .delete('/me/sessions/:sessionId', [ApiSessionsController, 'destroy'])
              .as('api.v1.me.sessions.destroy')
            router
              .post('/me/two-factor/setup', [ApiTwoFactorController, 'setup'])
              .as('api.v1.me.two_factor.setup')
            router
              .post('/me/two-factor/confirm', [ApiTwoFactorController, 'confirm'])
              .as('api.v1.me.two_factor.confirm')
            router
              .delete('/me/two-factor', [ApiTwoFactorController, 'disable'])
              .as('api.v1.me.two_factor.disable')
            router
              .post('/me/two-factor/recovery-codes', [
                ApiTwoFactorController,
                'regenerateRecoveryCodes',
              ])
              .as('api.v1.me.two_factor.recovery_codes')
            router.get('/me/tokens', [ApiTokensController, 'index']).as('api.v1.me.tokens.index')
            router.post('/me/tokens', [ApiTokensController, 'store']).as('api.v1.me.tokens.store')
            router
              .delete('/me/tokens/:id', [ApiTokensController, 'destroy'])
              .as('api.v1.me.tokens.destroy')
          })
          .use(middleware.tokenAbility('me:write'))

        router
          .group(() => {
            router.get('/users', [ApiUsersController, 'index']).as('api.v1.users.index')
            router.get('/users/:id', [ApiUsersController, 'show']).as('api.v1.users.show')
            router
              .get('/users/:id/permissions', [ApiUserPermissionsController, 'show'])
              .as('api.v1.users.permissions.show')
          })
          .use(middleware.tokenAbility('users:read'))
        router
          .group(() => {
            router.post('/users', [ApiInvitationsController, 'store']).as('api.v1.users.store')
            router.patch('/users/:id', [ApiUsersController, 'update']).as('api.v1.users.update')
            router.delete('/users/:id', [ApiUsersController, 'destroy']).as('api.v1.users.destroy')
            router
              .put('/users/:id/permissions', [ApiUserPermissionsController, 'update'])
              .as('api.v1.users.permissions.update')
          })
          .use(middleware.tokenAbility('users:write'))

        router
          .group(() => {
            router
              .get('/custom-fields', [ApiCustomFieldsController, 'index'])
              .as('api.v1.custom_fields.index')
            router
              .get('/custom-fields/:id', [ApiCustomFieldsController, 'show'])
              .as('api.v1.custom_fields.show')
          })
          .use(middleware.tokenAbility('organization:read'))
        router
          .group(() => {
            router
              .post('/custom-fields', [ApiCustomFieldsController, 'store'])
              .as('api.v1.custom_fields.store')
            router
              .post('/custom-fields/reorder', [ApiCustomFieldsController, 'reorder'])
              .as('api.v1.custom_fields.reorder')
            router
              .patch('/custom-fields/:id', [ApiCustomFieldsController, 'update'])
              .as('api.v1.custom_fields.update')
            router
              .post('/custom-fields/:id/archive', [ApiCustomFieldsController, 'archive'])
              .as('api.v1.custom_fields.archive')
            router
              .post('/custom-fields/:id/unarchive', [ApiCustomFieldsController, 'unarchive'])
              .as('api.v1.custom_fields.unarchive')
          })
          .use(middleware.tokenAbility('organization:write'))

        registerCrmApiRoutes()
        registerNotificationApiRoutes()
        registerResourceApiRoutes()
      })
      .use([middleware.apiAuth(), middleware.requireTwoFactor(), middleware.idempotency()])
  })
  .prefix('/api/v1')
  .where('id', recordId)
  .use([middleware.locale(), middleware.apiRateLimit()])
