/* eslint-disable prettier/prettier */
/// <reference path="../manifest.d.ts" />

import type { ExtractBody, ExtractErrorResponse, ExtractQuery, ExtractQueryForGet, ExtractResponse } from '@tuyau/core/types'
import type { InferInput, SimpleError } from '@vinejs/vine/types'

export type ParamValue = string | number | bigint | boolean

export interface Registry {
  'health.live': {
    methods: ["GET","HEAD"]
    pattern: '/health/live'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#platform/controllers/health_controller').default['live']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#platform/controllers/health_controller').default['live']>>>
    }
  }
  'health.ready': {
    methods: ["GET","HEAD"]
    pattern: '/health/ready'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#platform/controllers/health_controller').default['ready']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#platform/controllers/health_controller').default['ready']>>>
    }
  }
  'locale.update': {
    methods: ["POST"]
    pattern: '/locale'
    types: {
      body: ExtractBody<InferInput<(typeof import('#platform/validators/locale_validator').updateLocaleValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#platform/validators/locale_validator').updateLocaleValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#platform/controllers/locale_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#platform/controllers/locale_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'email.verify': {
    methods: ["GET","HEAD"]
    pattern: '/verify-email/:token'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/account_links_controller').default['verify']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/account_links_controller').default['verify']>>>
    }
  }
  'session.create': {
    methods: ["GET","HEAD"]
    pattern: '/login'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/session_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/session_controller').default['create']>>>
    }
  }
  'session.store': {
    methods: ["POST"]
    pattern: '/login'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/auth_validator').loginValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/auth_validator').loginValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/session_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/session_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'password.forgot': {
    methods: ["GET","HEAD"]
    pattern: '/forgot-password'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/account_links_controller').default['forgotForm']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/account_links_controller').default['forgotForm']>>>
    }
  }
  'password.send_reset': {
    methods: ["POST"]
    pattern: '/forgot-password'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/account_validator').forgotPasswordValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/account_validator').forgotPasswordValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/account_links_controller').default['sendReset']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/account_links_controller').default['sendReset']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'password.reset_form': {
    methods: ["GET","HEAD"]
    pattern: '/reset-password/:token'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/account_links_controller').default['resetForm']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/account_links_controller').default['resetForm']>>>
    }
  }
  'password.reset': {
    methods: ["POST"]
    pattern: '/reset-password'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/account_validator').resetPasswordValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/account_validator').resetPasswordValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/account_links_controller').default['reset']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/account_links_controller').default['reset']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'invitations.show': {
    methods: ["GET","HEAD"]
    pattern: '/invitations/:token'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/account_links_controller').default['invitationForm']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/account_links_controller').default['invitationForm']>>>
    }
  }
  'invitations.accept': {
    methods: ["POST"]
    pattern: '/invitations'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/users_validator').acceptInvitationValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/users_validator').acceptInvitationValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/account_links_controller').default['accept']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/account_links_controller').default['accept']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'two_factor.challenge': {
    methods: ["GET","HEAD"]
    pattern: '/two-factor'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/two_factor_challenge_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/two_factor_challenge_controller').default['show']>>>
    }
  }
  'two_factor.verify': {
    methods: ["POST"]
    pattern: '/two-factor'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/auth_validator').twoFactorCodeValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/auth_validator').twoFactorCodeValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/two_factor_challenge_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/two_factor_challenge_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.dashboard': {
    methods: ["GET","HEAD"]
    pattern: '/'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#platform/controllers/dashboard_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#platform/controllers/dashboard_controller').default['show']>>>
    }
  }
  'admin.team.index': {
    methods: ["GET","HEAD"]
    pattern: '/team'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#identity/validators/users_validator').listUsersValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/team_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/team_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.team.invite': {
    methods: ["POST"]
    pattern: '/team/invitations'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/users_validator').inviteUserValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/users_validator').inviteUserValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/team_members_controller').default['invite']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/team_members_controller').default['invite']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.team.update': {
    methods: ["PATCH"]
    pattern: '/team/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/users_validator').updateUserValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/users_validator').updateUserValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/team_members_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/team_members_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.team.destroy': {
    methods: ["DELETE"]
    pattern: '/team/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/team_members_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/team_members_controller').default['destroy']>>>
    }
  }
  'admin.team.permissions': {
    methods: ["PUT"]
    pattern: '/team/:id/permissions'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/users_validator').setPermissionsValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/users_validator').setPermissionsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/team_members_controller').default['permissions']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/team_members_controller').default['permissions']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.settings.show': {
    methods: ["GET","HEAD"]
    pattern: '/settings'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#platform/controllers/settings_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#platform/controllers/settings_controller').default['show']>>>
    }
  }
  'admin.settings.update': {
    methods: ["PATCH"]
    pattern: '/settings'
    types: {
      body: ExtractBody<InferInput<(typeof import('#platform/validators/settings_validator').updateSettingsValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#platform/validators/settings_validator').updateSettingsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#platform/controllers/settings_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#platform/controllers/settings_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.audit.index': {
    methods: ["GET","HEAD"]
    pattern: '/audit'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#core/audit/validators/log_filters_validator').auditFiltersValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#core/audit/controllers/logs_controller').default['audit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#core/audit/controllers/logs_controller').default['audit']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.security.index': {
    methods: ["GET","HEAD"]
    pattern: '/security'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#core/audit/validators/log_filters_validator').securityFiltersValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#core/audit/controllers/logs_controller').default['security']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#core/audit/controllers/logs_controller').default['security']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.profile.show': {
    methods: ["GET","HEAD"]
    pattern: '/profile'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/profile_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/profile_controller').default['show']>>>
    }
  }
  'profile.update': {
    methods: ["PATCH"]
    pattern: '/profile'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/me_validator').updateMeValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/me_validator').updateMeValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/profile_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/profile_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'profile.password': {
    methods: ["PUT"]
    pattern: '/profile/password'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/account_validator').changePasswordValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/account_validator').changePasswordValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/profile_controller').default['password']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/profile_controller').default['password']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'profile.tokens.store': {
    methods: ["POST"]
    pattern: '/profile/tokens'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/token_validator').createTokenValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/token_validator').createTokenValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/profile_controller').default['createToken']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/profile_controller').default['createToken']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'profile.tokens.destroy': {
    methods: ["DELETE"]
    pattern: '/profile/tokens/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/profile_controller').default['revokeToken']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/profile_controller').default['revokeToken']>>>
    }
  }
  'profile.devices.destroy': {
    methods: ["DELETE"]
    pattern: '/profile/devices/:deviceId'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { deviceId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/profile_controller').default['revokeDevice']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/profile_controller').default['revokeDevice']>>>
    }
  }
  'profile.two_factor.setup': {
    methods: ["POST"]
    pattern: '/profile/two-factor'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/profile_two_factor_controller').default['setup']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/profile_two_factor_controller').default['setup']>>>
    }
  }
  'profile.two_factor.confirm': {
    methods: ["POST"]
    pattern: '/profile/two-factor/confirm'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/auth_validator').twoFactorCodeValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/auth_validator').twoFactorCodeValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/profile_two_factor_controller').default['confirm']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/profile_two_factor_controller').default['confirm']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'profile.two_factor.disable': {
    methods: ["POST"]
    pattern: '/profile/two-factor/disable'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/auth_validator').twoFactorDisableValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/auth_validator').twoFactorDisableValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/profile_two_factor_controller').default['disable']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/profile_two_factor_controller').default['disable']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'profile.two_factor.recovery_codes': {
    methods: ["POST"]
    pattern: '/profile/two-factor/recovery-codes'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/auth_validator').passwordConfirmationValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/auth_validator').passwordConfirmationValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/profile_two_factor_controller').default['regenerateRecoveryCodes']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/profile_two_factor_controller').default['regenerateRecoveryCodes']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'session.destroy': {
    methods: ["POST"]
    pattern: '/logout'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/session_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/session_controller').default['destroy']>>>
    }
  }
  'api.v1.auth.signup': {
    methods: ["POST"]
    pattern: '/api/v1/auth/signup'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/account_validator').signupValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/account_validator').signupValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/api/auth_controller').default['signup']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/api/auth_controller').default['signup']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.auth.login': {
    methods: ["POST"]
    pattern: '/api/v1/auth/login'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/auth_validator').apiLoginValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/auth_validator').apiLoginValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/api/auth_controller').default['login']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/api/auth_controller').default['login']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.auth.two_factor': {
    methods: ["POST"]
    pattern: '/api/v1/auth/two-factor'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/auth_validator').twoFactorLoginValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/auth_validator').twoFactorLoginValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/api/auth_controller').default['twoFactor']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/api/auth_controller').default['twoFactor']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.auth.refresh': {
    methods: ["POST"]
    pattern: '/api/v1/auth/refresh'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/auth_validator').refreshValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/auth_validator').refreshValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/api/auth_controller').default['refresh']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/api/auth_controller').default['refresh']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.auth.invitations.accept': {
    methods: ["POST"]
    pattern: '/api/v1/auth/invitations/accept'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/users_validator').acceptInvitationValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/users_validator').acceptInvitationValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/api/auth_controller').default['acceptInvitation']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/api/auth_controller').default['acceptInvitation']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.auth.password.forgot': {
    methods: ["POST"]
    pattern: '/api/v1/auth/password/forgot'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/account_validator').forgotPasswordValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/account_validator').forgotPasswordValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/api/account_recovery_controller').default['forgot']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/api/account_recovery_controller').default['forgot']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.auth.password.reset': {
    methods: ["POST"]
    pattern: '/api/v1/auth/password/reset'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/account_validator').resetPasswordValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/account_validator').resetPasswordValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/api/account_recovery_controller').default['reset']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/api/account_recovery_controller').default['reset']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.auth.email.verify': {
    methods: ["POST"]
    pattern: '/api/v1/auth/email/verify'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/account_validator').verifyEmailValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/account_validator').verifyEmailValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/api/account_recovery_controller').default['verifyEmail']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/api/account_recovery_controller').default['verifyEmail']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.auth.logout': {
    methods: ["POST"]
    pattern: '/api/v1/auth/logout'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/api/auth_controller').default['logout']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/api/auth_controller').default['logout']>>>
    }
  }
  'api.v1.auth.logout_all': {
    methods: ["POST"]
    pattern: '/api/v1/auth/logout-all'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/api/auth_controller').default['logoutAll']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/api/auth_controller').default['logoutAll']>>>
    }
  }
  'api.v1.me.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/me'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/api/me_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/api/me_controller').default['show']>>>
    }
  }
  'api.v1.me.update': {
    methods: ["PATCH"]
    pattern: '/api/v1/me'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/me_validator').updateMeValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/me_validator').updateMeValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/api/me_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/api/me_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.me.password': {
    methods: ["PUT"]
    pattern: '/api/v1/me/password'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/account_validator').changePasswordValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/account_validator').changePasswordValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/api/me_controller').default['changePassword']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/api/me_controller').default['changePassword']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.me.sessions.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/me/sessions'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/api/sessions_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/api/sessions_controller').default['index']>>>
    }
  }
  'api.v1.me.sessions.destroy': {
    methods: ["DELETE"]
    pattern: '/api/v1/me/sessions/:sessionId'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { sessionId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/api/sessions_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/api/sessions_controller').default['destroy']>>>
    }
  }
  'api.v1.me.two_factor.setup': {
    methods: ["POST"]
    pattern: '/api/v1/me/two-factor/setup'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/api/two_factor_controller').default['setup']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/api/two_factor_controller').default['setup']>>>
    }
  }
  'api.v1.me.two_factor.confirm': {
    methods: ["POST"]
    pattern: '/api/v1/me/two-factor/confirm'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/auth_validator').twoFactorCodeValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/auth_validator').twoFactorCodeValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/api/two_factor_controller').default['confirm']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/api/two_factor_controller').default['confirm']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.me.two_factor.disable': {
    methods: ["DELETE"]
    pattern: '/api/v1/me/two-factor'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/auth_validator').twoFactorDisableValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/auth_validator').twoFactorDisableValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/api/two_factor_controller').default['disable']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/api/two_factor_controller').default['disable']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.me.two_factor.recovery_codes': {
    methods: ["POST"]
    pattern: '/api/v1/me/two-factor/recovery-codes'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/auth_validator').passwordConfirmationValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/auth_validator').passwordConfirmationValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/api/two_factor_controller').default['regenerateRecoveryCodes']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/api/two_factor_controller').default['regenerateRecoveryCodes']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.me.tokens.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/me/tokens'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/api/tokens_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/api/tokens_controller').default['index']>>>
    }
  }
  'api.v1.me.tokens.store': {
    methods: ["POST"]
    pattern: '/api/v1/me/tokens'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/token_validator').createTokenValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/token_validator').createTokenValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/api/tokens_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/api/tokens_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.me.tokens.destroy': {
    methods: ["DELETE"]
    pattern: '/api/v1/me/tokens/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/api/tokens_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/api/tokens_controller').default['destroy']>>>
    }
  }
  'api.v1.users.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/users'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#identity/validators/users_validator').listUsersValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/api/users_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/api/users_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.users.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/users/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/api/users_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/api/users_controller').default['show']>>>
    }
  }
  'api.v1.users.permissions.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/users/:id/permissions'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/api/user_permissions_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/api/user_permissions_controller').default['show']>>>
    }
  }
  'api.v1.users.store': {
    methods: ["POST"]
    pattern: '/api/v1/users'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/users_validator').inviteUserValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/users_validator').inviteUserValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/api/invitations_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/api/invitations_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.users.update': {
    methods: ["PATCH"]
    pattern: '/api/v1/users/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/users_validator').updateUserValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/users_validator').updateUserValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/api/users_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/api/users_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.users.destroy': {
    methods: ["DELETE"]
    pattern: '/api/v1/users/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/api/users_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/api/users_controller').default['destroy']>>>
    }
  }
  'api.v1.users.permissions.update': {
    methods: ["PUT"]
    pattern: '/api/v1/users/:id/permissions'
    types: {
      body: ExtractBody<InferInput<(typeof import('#identity/validators/users_validator').setPermissionsValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#identity/validators/users_validator').setPermissionsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#identity/controllers/api/user_permissions_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#identity/controllers/api/user_permissions_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
}
