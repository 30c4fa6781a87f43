/* eslint-disable prettier/prettier */
/// <reference path="../manifest.d.ts" />

import type { ExtractBody, ExtractErrorResponse, ExtractQuery, ExtractQueryForGet, ExtractResponse } from '@tuyau/core/types'
import type { InferInput, SimpleError } from '@vinejs/vine/types'

export type ParamValue = string | number | bigint | boolean

export interface Registry {
  'event_stream': {
    methods: ["GET","HEAD"]
    pattern: '/__transmit/events'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'subscribe': {
    methods: ["POST"]
    pattern: '/__transmit/subscribe'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'unsubscribe': {
    methods: ["POST"]
    pattern: '/__transmit/unsubscribe'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'public.leads.store': {
    methods: ["POST"]
    pattern: '/public/organizations/:slug/leads'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { slug: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#crm/controllers/public_leads_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#crm/controllers/public_leads_controller').default['store']>>>
    }
  }
  'public.leads.form': {
    methods: ["GET","HEAD"]
    pattern: '/public/organizations/:slug/lead-form'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { slug: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#crm/controllers/public_leads_controller').default['form']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#crm/controllers/public_leads_controller').default['form']>>>
    }
  }
  'public.leads.submit': {
    methods: ["POST"]
    pattern: '/public/organizations/:slug/lead-form'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { slug: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#crm/controllers/public_leads_controller').default['submit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#crm/controllers/public_leads_controller').default['submit']>>>
    }
  }
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
  'api.docs': {
    methods: ["GET","HEAD"]
    pattern: '/api/docs'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_docs_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_docs_controller').default['show']>>>
    }
  }
  'api.docs.asset': {
    methods: ["GET","HEAD"]
    pattern: '/api/docs/assets/:file'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { file: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_docs_controller').default['asset']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_docs_controller').default['asset']>>>
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
  'admin.custom_fields.index': {
    methods: ["GET","HEAD"]
    pattern: '/settings/custom-fields'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/custom_fields_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/custom_fields_controller').default['index']>>>
    }
  }
  'admin.custom_fields.store': {
    methods: ["POST"]
    pattern: '/settings/custom-fields'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/custom_fields/custom_field_validator').createCustomFieldValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#resources/custom_fields/custom_field_validator').createCustomFieldValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/custom_fields_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/custom_fields_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.custom_fields.reorder': {
    methods: ["POST"]
    pattern: '/settings/custom-fields/reorder'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/custom_fields/custom_field_validator').reorderCustomFieldsValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#resources/custom_fields/custom_field_validator').reorderCustomFieldsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/custom_fields_controller').default['reorder']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/custom_fields_controller').default['reorder']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.custom_fields.update': {
    methods: ["PATCH"]
    pattern: '/settings/custom-fields/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/custom_fields/custom_field_validator').updateCustomFieldValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/custom_fields/custom_field_validator').updateCustomFieldValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/custom_fields_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/custom_fields_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.custom_fields.archive': {
    methods: ["POST"]
    pattern: '/settings/custom-fields/:id/archive'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/custom_fields_controller').default['archive']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/custom_fields_controller').default['archive']>>>
    }
  }
  'admin.custom_fields.unarchive': {
    methods: ["POST"]
    pattern: '/settings/custom-fields/:id/unarchive'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/custom_fields_controller').default['unarchive']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/custom_fields_controller').default['unarchive']>>>
    }
  }
  'admin.jobs.index': {
    methods: ["GET","HEAD"]
    pattern: '/settings/jobs'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#platform/validators/settings_list_validator').settingsListValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#platform/controllers/failed_jobs_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#platform/controllers/failed_jobs_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.jobs.retry': {
    methods: ["POST"]
    pattern: '/settings/jobs/:id/retry'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#platform/controllers/failed_jobs_controller').default['retry']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#platform/controllers/failed_jobs_controller').default['retry']>>>
    }
  }
  'admin.jobs.destroy': {
    methods: ["DELETE"]
    pattern: '/settings/jobs/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#platform/controllers/failed_jobs_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#platform/controllers/failed_jobs_controller').default['destroy']>>>
    }
  }
  'admin.outbox.index': {
    methods: ["GET","HEAD"]
    pattern: '/settings/outbox'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#platform/controllers/outbox_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#platform/controllers/outbox_controller').default['index']>>>
    }
  }
  'admin.outbox.show': {
    methods: ["GET","HEAD"]
    pattern: '/settings/outbox/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#platform/controllers/outbox_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#platform/controllers/outbox_controller').default['show']>>>
    }
  }
  'admin.outbox.html': {
    methods: ["GET","HEAD"]
    pattern: '/settings/outbox/:id/html'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#platform/controllers/outbox_controller').default['html']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#platform/controllers/outbox_controller').default['html']>>>
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
  'admin.lead_capture.show': {
    methods: ["GET","HEAD"]
    pattern: '/settings/lead-capture'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#crm/controllers/lead_capture_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#crm/controllers/lead_capture_controller').default['show']>>>
    }
  }
  'admin.lead_capture.update': {
    methods: ["PUT"]
    pattern: '/settings/lead-capture'
    types: {
      body: ExtractBody<InferInput<(typeof import('#crm/validators/lead_capture_validator').leadCaptureValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#crm/validators/lead_capture_validator').leadCaptureValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#crm/controllers/lead_capture_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#crm/controllers/lead_capture_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.deals.board': {
    methods: ["GET","HEAD"]
    pattern: '/deals/board'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#crm/controllers/crm_pages_controller').default['board']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#crm/controllers/crm_pages_controller').default['board']>>>
    }
  }
  'admin.deals.move': {
    methods: ["POST"]
    pattern: '/deals/:id/move'
    types: {
      body: ExtractBody<InferInput<(typeof import('#crm/validators/pipeline_validator').moveDealValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#crm/validators/pipeline_validator').moveDealValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#crm/controllers/crm_pages_controller').default['move']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#crm/controllers/crm_pages_controller').default['move']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.leads.convert': {
    methods: ["POST"]
    pattern: '/leads/:id/convert'
    types: {
      body: ExtractBody<InferInput<(typeof import('#crm/validators/pipeline_validator').convertLeadValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#crm/validators/pipeline_validator').convertLeadValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#crm/controllers/crm_pages_controller').default['convert']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#crm/controllers/crm_pages_controller').default['convert']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.tasks.mine': {
    methods: ["GET","HEAD"]
    pattern: '/tasks/mine'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#crm/controllers/tasks_controller').default['mine']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#crm/controllers/tasks_controller').default['mine']>>>
    }
  }
  'admin.tasks.complete': {
    methods: ["POST"]
    pattern: '/tasks/:id/complete'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#crm/controllers/tasks_controller').default['complete']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#crm/controllers/tasks_controller').default['complete']>>>
    }
  }
  'admin.activities.log': {
    methods: ["POST"]
    pattern: '/activities/log'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#crm/controllers/crm_pages_controller').default['logActivity']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#crm/controllers/crm_pages_controller').default['logActivity']>>>
    }
  }
  'admin.notifications.index': {
    methods: ["GET","HEAD"]
    pattern: '/notifications'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#notifications/validators/notification_validators').listNotificationsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#notifications/controllers/notification_pages_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#notifications/controllers/notification_pages_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.notifications.latest': {
    methods: ["GET","HEAD"]
    pattern: '/notifications/latest'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#notifications/controllers/notification_pages_controller').default['latest']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#notifications/controllers/notification_pages_controller').default['latest']>>>
    }
  }
  'admin.notifications.unread_count': {
    methods: ["GET","HEAD"]
    pattern: '/notifications/unread-count'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#notifications/controllers/notification_pages_controller').default['unreadCount']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#notifications/controllers/notification_pages_controller').default['unreadCount']>>>
    }
  }
  'admin.notifications.read_all': {
    methods: ["POST"]
    pattern: '/notifications/read-all'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#notifications/controllers/notification_pages_controller').default['readAll']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#notifications/controllers/notification_pages_controller').default['readAll']>>>
    }
  }
  'admin.notifications.read': {
    methods: ["POST"]
    pattern: '/notifications/:id/read'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#notifications/controllers/notification_pages_controller').default['read']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#notifications/controllers/notification_pages_controller').default['read']>>>
    }
  }
  'admin.notifications.open': {
    methods: ["POST"]
    pattern: '/notifications/:id/open'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#notifications/controllers/notification_pages_controller').default['open']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#notifications/controllers/notification_pages_controller').default['open']>>>
    }
  }
  'admin.notifications.preferences': {
    methods: ["GET","HEAD"]
    pattern: '/notifications/preferences'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#notifications/controllers/notification_preferences_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#notifications/controllers/notification_preferences_controller').default['show']>>>
    }
  }
  'admin.notifications.preferences.update': {
    methods: ["PUT"]
    pattern: '/notifications/preferences'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#notifications/controllers/notification_preferences_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#notifications/controllers/notification_preferences_controller').default['update']>>>
    }
  }
  'admin.lookup': {
    methods: ["GET","HEAD"]
    pattern: '/lookup/:target'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { target: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/lookup_controller').default['handle']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/lookup_controller').default['handle']>>>
    }
  }
  'admin.files.store': {
    methods: ["POST"]
    pattern: '/files'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/files_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/files_controller').default['store']>>>
    }
  }
  'admin.files.show': {
    methods: ["GET","HEAD"]
    pattern: '/files/*'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { '*': ParamValue[] }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/files_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/files_controller').default['show']>>>
    }
  }
  'admin.exports.download': {
    methods: ["GET","HEAD"]
    pattern: '/exports/:id/download'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['download']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['download']>>>
    }
  }
  'admin.leads.index': {
    methods: ["GET","HEAD"]
    pattern: '/leads'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['index']>>>
    }
  }
  'admin.leads.create': {
    methods: ["GET","HEAD"]
    pattern: '/leads/create'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['create']>>>
    }
  }
  'admin.leads.export': {
    methods: ["GET","HEAD"]
    pattern: '/leads/export'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/export_controller').default['handle']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/export_controller').default['handle']>>>
    }
  }
  'admin.leads.exports.store': {
    methods: ["POST"]
    pattern: '/leads/exports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['store']>>>
    }
  }
  'admin.leads.imports.page': {
    methods: ["GET","HEAD"]
    pattern: '/leads/import'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/import_page_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/import_page_controller').default['show']>>>
    }
  }
  'admin.leads.imports.store': {
    methods: ["POST"]
    pattern: '/leads/imports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['store']>>>
    }
  }
  'admin.leads.imports.show': {
    methods: ["GET","HEAD"]
    pattern: '/leads/imports/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['show']>>>
    }
  }
  'admin.leads.imports.dry_run': {
    methods: ["POST"]
    pattern: '/leads/imports/:id/dry-run'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['dryRun']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['dryRun']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.leads.imports.commit': {
    methods: ["POST"]
    pattern: '/leads/imports/:id/commit'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['commit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['commit']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.leads.imports.rejected': {
    methods: ["GET","HEAD"]
    pattern: '/leads/imports/:id/rejected'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['rejected']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['rejected']>>>
    }
  }
  'admin.leads.imports.undo': {
    methods: ["POST"]
    pattern: '/leads/imports/:id/undo'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['undo']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['undo']>>>
    }
  }
  'admin.leads.store': {
    methods: ["POST"]
    pattern: '/leads'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['store']>>>
    }
  }
  'admin.leads.bulk': {
    methods: ["POST"]
    pattern: '/leads/bulk'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/engine/bulk_actions').bulkValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#resources/engine/bulk_actions').bulkValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['bulk']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['bulk']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.leads.views.store': {
    methods: ["POST"]
    pattern: '/leads/views'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/validators/saved_view_validator').savedViewValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#resources/validators/saved_view_validator').savedViewValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.leads.views.update': {
    methods: ["PUT"]
    pattern: '/leads/views/:viewId'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/validators/saved_view_validator').savedViewValidator)>>
      paramsTuple: [ParamValue]
      params: { viewId: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/validators/saved_view_validator').savedViewValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.leads.views.destroy': {
    methods: ["DELETE"]
    pattern: '/leads/views/:viewId'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { viewId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['destroy']>>>
    }
  }
  'admin.leads.views.default': {
    methods: ["POST"]
    pattern: '/leads/views/:viewId/default'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { viewId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['setDefault']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['setDefault']>>>
    }
  }
  'admin.leads.show': {
    methods: ["GET","HEAD"]
    pattern: '/leads/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['show']>>>
    }
  }
  'admin.leads.edit': {
    methods: ["GET","HEAD"]
    pattern: '/leads/:id/edit'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['edit']>>>
    }
  }
  'admin.leads.update': {
    methods: ["PATCH"]
    pattern: '/leads/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['update']>>>
    }
  }
  'admin.leads.destroy': {
    methods: ["DELETE"]
    pattern: '/leads/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['destroy']>>>
    }
  }
  'admin.leads.restore': {
    methods: ["POST"]
    pattern: '/leads/:id/restore'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['restore']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['restore']>>>
    }
  }
  'admin.deals.index': {
    methods: ["GET","HEAD"]
    pattern: '/deals'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['index']>>>
    }
  }
  'admin.deals.create': {
    methods: ["GET","HEAD"]
    pattern: '/deals/create'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['create']>>>
    }
  }
  'admin.deals.export': {
    methods: ["GET","HEAD"]
    pattern: '/deals/export'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/export_controller').default['handle']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/export_controller').default['handle']>>>
    }
  }
  'admin.deals.exports.store': {
    methods: ["POST"]
    pattern: '/deals/exports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['store']>>>
    }
  }
  'admin.deals.imports.page': {
    methods: ["GET","HEAD"]
    pattern: '/deals/import'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/import_page_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/import_page_controller').default['show']>>>
    }
  }
  'admin.deals.imports.store': {
    methods: ["POST"]
    pattern: '/deals/imports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['store']>>>
    }
  }
  'admin.deals.imports.show': {
    methods: ["GET","HEAD"]
    pattern: '/deals/imports/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['show']>>>
    }
  }
  'admin.deals.imports.dry_run': {
    methods: ["POST"]
    pattern: '/deals/imports/:id/dry-run'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['dryRun']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['dryRun']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.deals.imports.commit': {
    methods: ["POST"]
    pattern: '/deals/imports/:id/commit'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['commit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['commit']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.deals.imports.rejected': {
    methods: ["GET","HEAD"]
    pattern: '/deals/imports/:id/rejected'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['rejected']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['rejected']>>>
    }
  }
  'admin.deals.imports.undo': {
    methods: ["POST"]
    pattern: '/deals/imports/:id/undo'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['undo']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['undo']>>>
    }
  }
  'admin.deals.store': {
    methods: ["POST"]
    pattern: '/deals'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['store']>>>
    }
  }
  'admin.deals.bulk': {
    methods: ["POST"]
    pattern: '/deals/bulk'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/engine/bulk_actions').bulkValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#resources/engine/bulk_actions').bulkValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['bulk']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['bulk']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.deals.views.store': {
    methods: ["POST"]
    pattern: '/deals/views'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/validators/saved_view_validator').savedViewValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#resources/validators/saved_view_validator').savedViewValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.deals.views.update': {
    methods: ["PUT"]
    pattern: '/deals/views/:viewId'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/validators/saved_view_validator').savedViewValidator)>>
      paramsTuple: [ParamValue]
      params: { viewId: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/validators/saved_view_validator').savedViewValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.deals.views.destroy': {
    methods: ["DELETE"]
    pattern: '/deals/views/:viewId'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { viewId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['destroy']>>>
    }
  }
  'admin.deals.views.default': {
    methods: ["POST"]
    pattern: '/deals/views/:viewId/default'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { viewId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['setDefault']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['setDefault']>>>
    }
  }
  'admin.deals.show': {
    methods: ["GET","HEAD"]
    pattern: '/deals/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['show']>>>
    }
  }
  'admin.deals.edit': {
    methods: ["GET","HEAD"]
    pattern: '/deals/:id/edit'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['edit']>>>
    }
  }
  'admin.deals.update': {
    methods: ["PATCH"]
    pattern: '/deals/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['update']>>>
    }
  }
  'admin.deals.destroy': {
    methods: ["DELETE"]
    pattern: '/deals/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['destroy']>>>
    }
  }
  'admin.deals.restore': {
    methods: ["POST"]
    pattern: '/deals/:id/restore'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['restore']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['restore']>>>
    }
  }
  'admin.deal_stages.index': {
    methods: ["GET","HEAD"]
    pattern: '/deal-stages'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['index']>>>
    }
  }
  'admin.deal_stages.create': {
    methods: ["GET","HEAD"]
    pattern: '/deal-stages/create'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['create']>>>
    }
  }
  'admin.deal_stages.export': {
    methods: ["GET","HEAD"]
    pattern: '/deal-stages/export'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/export_controller').default['handle']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/export_controller').default['handle']>>>
    }
  }
  'admin.deal_stages.exports.store': {
    methods: ["POST"]
    pattern: '/deal-stages/exports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['store']>>>
    }
  }
  'admin.deal_stages.imports.page': {
    methods: ["GET","HEAD"]
    pattern: '/deal-stages/import'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/import_page_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/import_page_controller').default['show']>>>
    }
  }
  'admin.deal_stages.imports.store': {
    methods: ["POST"]
    pattern: '/deal-stages/imports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['store']>>>
    }
  }
  'admin.deal_stages.imports.show': {
    methods: ["GET","HEAD"]
    pattern: '/deal-stages/imports/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['show']>>>
    }
  }
  'admin.deal_stages.imports.dry_run': {
    methods: ["POST"]
    pattern: '/deal-stages/imports/:id/dry-run'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['dryRun']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['dryRun']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.deal_stages.imports.commit': {
    methods: ["POST"]
    pattern: '/deal-stages/imports/:id/commit'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['commit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['commit']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.deal_stages.imports.rejected': {
    methods: ["GET","HEAD"]
    pattern: '/deal-stages/imports/:id/rejected'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['rejected']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['rejected']>>>
    }
  }
  'admin.deal_stages.imports.undo': {
    methods: ["POST"]
    pattern: '/deal-stages/imports/:id/undo'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['undo']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['undo']>>>
    }
  }
  'admin.deal_stages.store': {
    methods: ["POST"]
    pattern: '/deal-stages'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['store']>>>
    }
  }
  'admin.deal_stages.bulk': {
    methods: ["POST"]
    pattern: '/deal-stages/bulk'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/engine/bulk_actions').bulkValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#resources/engine/bulk_actions').bulkValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['bulk']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['bulk']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.deal_stages.views.store': {
    methods: ["POST"]
    pattern: '/deal-stages/views'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/validators/saved_view_validator').savedViewValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#resources/validators/saved_view_validator').savedViewValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.deal_stages.views.update': {
    methods: ["PUT"]
    pattern: '/deal-stages/views/:viewId'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/validators/saved_view_validator').savedViewValidator)>>
      paramsTuple: [ParamValue]
      params: { viewId: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/validators/saved_view_validator').savedViewValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.deal_stages.views.destroy': {
    methods: ["DELETE"]
    pattern: '/deal-stages/views/:viewId'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { viewId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['destroy']>>>
    }
  }
  'admin.deal_stages.views.default': {
    methods: ["POST"]
    pattern: '/deal-stages/views/:viewId/default'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { viewId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['setDefault']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['setDefault']>>>
    }
  }
  'admin.deal_stages.show': {
    methods: ["GET","HEAD"]
    pattern: '/deal-stages/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['show']>>>
    }
  }
  'admin.deal_stages.edit': {
    methods: ["GET","HEAD"]
    pattern: '/deal-stages/:id/edit'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['edit']>>>
    }
  }
  'admin.deal_stages.update': {
    methods: ["PATCH"]
    pattern: '/deal-stages/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['update']>>>
    }
  }
  'admin.deal_stages.destroy': {
    methods: ["DELETE"]
    pattern: '/deal-stages/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['destroy']>>>
    }
  }
  'admin.deal_stages.restore': {
    methods: ["POST"]
    pattern: '/deal-stages/:id/restore'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['restore']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['restore']>>>
    }
  }
  'admin.tasks.index': {
    methods: ["GET","HEAD"]
    pattern: '/tasks'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['index']>>>
    }
  }
  'admin.tasks.create': {
    methods: ["GET","HEAD"]
    pattern: '/tasks/create'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['create']>>>
    }
  }
  'admin.tasks.export': {
    methods: ["GET","HEAD"]
    pattern: '/tasks/export'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/export_controller').default['handle']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/export_controller').default['handle']>>>
    }
  }
  'admin.tasks.exports.store': {
    methods: ["POST"]
    pattern: '/tasks/exports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['store']>>>
    }
  }
  'admin.tasks.imports.page': {
    methods: ["GET","HEAD"]
    pattern: '/tasks/import'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/import_page_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/import_page_controller').default['show']>>>
    }
  }
  'admin.tasks.imports.store': {
    methods: ["POST"]
    pattern: '/tasks/imports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['store']>>>
    }
  }
  'admin.tasks.imports.show': {
    methods: ["GET","HEAD"]
    pattern: '/tasks/imports/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['show']>>>
    }
  }
  'admin.tasks.imports.dry_run': {
    methods: ["POST"]
    pattern: '/tasks/imports/:id/dry-run'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['dryRun']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['dryRun']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.tasks.imports.commit': {
    methods: ["POST"]
    pattern: '/tasks/imports/:id/commit'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['commit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['commit']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.tasks.imports.rejected': {
    methods: ["GET","HEAD"]
    pattern: '/tasks/imports/:id/rejected'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['rejected']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['rejected']>>>
    }
  }
  'admin.tasks.imports.undo': {
    methods: ["POST"]
    pattern: '/tasks/imports/:id/undo'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['undo']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['undo']>>>
    }
  }
  'admin.tasks.store': {
    methods: ["POST"]
    pattern: '/tasks'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['store']>>>
    }
  }
  'admin.tasks.bulk': {
    methods: ["POST"]
    pattern: '/tasks/bulk'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/engine/bulk_actions').bulkValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#resources/engine/bulk_actions').bulkValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['bulk']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['bulk']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.tasks.views.store': {
    methods: ["POST"]
    pattern: '/tasks/views'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/validators/saved_view_validator').savedViewValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#resources/validators/saved_view_validator').savedViewValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.tasks.views.update': {
    methods: ["PUT"]
    pattern: '/tasks/views/:viewId'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/validators/saved_view_validator').savedViewValidator)>>
      paramsTuple: [ParamValue]
      params: { viewId: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/validators/saved_view_validator').savedViewValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.tasks.views.destroy': {
    methods: ["DELETE"]
    pattern: '/tasks/views/:viewId'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { viewId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['destroy']>>>
    }
  }
  'admin.tasks.views.default': {
    methods: ["POST"]
    pattern: '/tasks/views/:viewId/default'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { viewId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['setDefault']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['setDefault']>>>
    }
  }
  'admin.tasks.show': {
    methods: ["GET","HEAD"]
    pattern: '/tasks/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['show']>>>
    }
  }
  'admin.tasks.edit': {
    methods: ["GET","HEAD"]
    pattern: '/tasks/:id/edit'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['edit']>>>
    }
  }
  'admin.tasks.update': {
    methods: ["PATCH"]
    pattern: '/tasks/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['update']>>>
    }
  }
  'admin.tasks.destroy': {
    methods: ["DELETE"]
    pattern: '/tasks/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['destroy']>>>
    }
  }
  'admin.tasks.restore': {
    methods: ["POST"]
    pattern: '/tasks/:id/restore'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['restore']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['restore']>>>
    }
  }
  'admin.activities.index': {
    methods: ["GET","HEAD"]
    pattern: '/activities'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['index']>>>
    }
  }
  'admin.activities.create': {
    methods: ["GET","HEAD"]
    pattern: '/activities/create'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['create']>>>
    }
  }
  'admin.activities.export': {
    methods: ["GET","HEAD"]
    pattern: '/activities/export'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/export_controller').default['handle']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/export_controller').default['handle']>>>
    }
  }
  'admin.activities.exports.store': {
    methods: ["POST"]
    pattern: '/activities/exports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['store']>>>
    }
  }
  'admin.activities.imports.page': {
    methods: ["GET","HEAD"]
    pattern: '/activities/import'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/import_page_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/import_page_controller').default['show']>>>
    }
  }
  'admin.activities.imports.store': {
    methods: ["POST"]
    pattern: '/activities/imports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['store']>>>
    }
  }
  'admin.activities.imports.show': {
    methods: ["GET","HEAD"]
    pattern: '/activities/imports/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['show']>>>
    }
  }
  'admin.activities.imports.dry_run': {
    methods: ["POST"]
    pattern: '/activities/imports/:id/dry-run'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['dryRun']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['dryRun']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.activities.imports.commit': {
    methods: ["POST"]
    pattern: '/activities/imports/:id/commit'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['commit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['commit']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.activities.imports.rejected': {
    methods: ["GET","HEAD"]
    pattern: '/activities/imports/:id/rejected'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['rejected']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['rejected']>>>
    }
  }
  'admin.activities.imports.undo': {
    methods: ["POST"]
    pattern: '/activities/imports/:id/undo'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['undo']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['undo']>>>
    }
  }
  'admin.activities.store': {
    methods: ["POST"]
    pattern: '/activities'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['store']>>>
    }
  }
  'admin.activities.bulk': {
    methods: ["POST"]
    pattern: '/activities/bulk'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/engine/bulk_actions').bulkValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#resources/engine/bulk_actions').bulkValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['bulk']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['bulk']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.activities.views.store': {
    methods: ["POST"]
    pattern: '/activities/views'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/validators/saved_view_validator').savedViewValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#resources/validators/saved_view_validator').savedViewValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.activities.views.update': {
    methods: ["PUT"]
    pattern: '/activities/views/:viewId'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/validators/saved_view_validator').savedViewValidator)>>
      paramsTuple: [ParamValue]
      params: { viewId: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/validators/saved_view_validator').savedViewValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.activities.views.destroy': {
    methods: ["DELETE"]
    pattern: '/activities/views/:viewId'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { viewId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['destroy']>>>
    }
  }
  'admin.activities.views.default': {
    methods: ["POST"]
    pattern: '/activities/views/:viewId/default'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { viewId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['setDefault']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['setDefault']>>>
    }
  }
  'admin.activities.show': {
    methods: ["GET","HEAD"]
    pattern: '/activities/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['show']>>>
    }
  }
  'admin.activities.edit': {
    methods: ["GET","HEAD"]
    pattern: '/activities/:id/edit'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['edit']>>>
    }
  }
  'admin.activities.update': {
    methods: ["PATCH"]
    pattern: '/activities/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['update']>>>
    }
  }
  'admin.activities.destroy': {
    methods: ["DELETE"]
    pattern: '/activities/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['destroy']>>>
    }
  }
  'admin.activities.restore': {
    methods: ["POST"]
    pattern: '/activities/:id/restore'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['restore']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['restore']>>>
    }
  }
  'admin.contacts.index': {
    methods: ["GET","HEAD"]
    pattern: '/contacts'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['index']>>>
    }
  }
  'admin.contacts.create': {
    methods: ["GET","HEAD"]
    pattern: '/contacts/create'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['create']>>>
    }
  }
  'admin.contacts.export': {
    methods: ["GET","HEAD"]
    pattern: '/contacts/export'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/export_controller').default['handle']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/export_controller').default['handle']>>>
    }
  }
  'admin.contacts.exports.store': {
    methods: ["POST"]
    pattern: '/contacts/exports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['store']>>>
    }
  }
  'admin.contacts.imports.page': {
    methods: ["GET","HEAD"]
    pattern: '/contacts/import'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/import_page_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/import_page_controller').default['show']>>>
    }
  }
  'admin.contacts.imports.store': {
    methods: ["POST"]
    pattern: '/contacts/imports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['store']>>>
    }
  }
  'admin.contacts.imports.show': {
    methods: ["GET","HEAD"]
    pattern: '/contacts/imports/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['show']>>>
    }
  }
  'admin.contacts.imports.dry_run': {
    methods: ["POST"]
    pattern: '/contacts/imports/:id/dry-run'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['dryRun']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['dryRun']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.contacts.imports.commit': {
    methods: ["POST"]
    pattern: '/contacts/imports/:id/commit'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['commit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['commit']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.contacts.imports.rejected': {
    methods: ["GET","HEAD"]
    pattern: '/contacts/imports/:id/rejected'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['rejected']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['rejected']>>>
    }
  }
  'admin.contacts.imports.undo': {
    methods: ["POST"]
    pattern: '/contacts/imports/:id/undo'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['undo']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['undo']>>>
    }
  }
  'admin.contacts.store': {
    methods: ["POST"]
    pattern: '/contacts'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['store']>>>
    }
  }
  'admin.contacts.bulk': {
    methods: ["POST"]
    pattern: '/contacts/bulk'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/engine/bulk_actions').bulkValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#resources/engine/bulk_actions').bulkValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['bulk']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['bulk']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.contacts.views.store': {
    methods: ["POST"]
    pattern: '/contacts/views'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/validators/saved_view_validator').savedViewValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#resources/validators/saved_view_validator').savedViewValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.contacts.views.update': {
    methods: ["PUT"]
    pattern: '/contacts/views/:viewId'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/validators/saved_view_validator').savedViewValidator)>>
      paramsTuple: [ParamValue]
      params: { viewId: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/validators/saved_view_validator').savedViewValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.contacts.views.destroy': {
    methods: ["DELETE"]
    pattern: '/contacts/views/:viewId'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { viewId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['destroy']>>>
    }
  }
  'admin.contacts.views.default': {
    methods: ["POST"]
    pattern: '/contacts/views/:viewId/default'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { viewId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['setDefault']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['setDefault']>>>
    }
  }
  'admin.contacts.show': {
    methods: ["GET","HEAD"]
    pattern: '/contacts/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['show']>>>
    }
  }
  'admin.contacts.edit': {
    methods: ["GET","HEAD"]
    pattern: '/contacts/:id/edit'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['edit']>>>
    }
  }
  'admin.contacts.update': {
    methods: ["PATCH"]
    pattern: '/contacts/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['update']>>>
    }
  }
  'admin.contacts.destroy': {
    methods: ["DELETE"]
    pattern: '/contacts/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['destroy']>>>
    }
  }
  'admin.contacts.restore': {
    methods: ["POST"]
    pattern: '/contacts/:id/restore'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['restore']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['restore']>>>
    }
  }
  'admin.companies.index': {
    methods: ["GET","HEAD"]
    pattern: '/companies'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['index']>>>
    }
  }
  'admin.companies.create': {
    methods: ["GET","HEAD"]
    pattern: '/companies/create'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['create']>>>
    }
  }
  'admin.companies.export': {
    methods: ["GET","HEAD"]
    pattern: '/companies/export'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/export_controller').default['handle']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/export_controller').default['handle']>>>
    }
  }
  'admin.companies.exports.store': {
    methods: ["POST"]
    pattern: '/companies/exports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['store']>>>
    }
  }
  'admin.companies.imports.page': {
    methods: ["GET","HEAD"]
    pattern: '/companies/import'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/import_page_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/import_page_controller').default['show']>>>
    }
  }
  'admin.companies.imports.store': {
    methods: ["POST"]
    pattern: '/companies/imports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['store']>>>
    }
  }
  'admin.companies.imports.show': {
    methods: ["GET","HEAD"]
    pattern: '/companies/imports/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['show']>>>
    }
  }
  'admin.companies.imports.dry_run': {
    methods: ["POST"]
    pattern: '/companies/imports/:id/dry-run'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['dryRun']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['dryRun']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.companies.imports.commit': {
    methods: ["POST"]
    pattern: '/companies/imports/:id/commit'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['commit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['commit']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.companies.imports.rejected': {
    methods: ["GET","HEAD"]
    pattern: '/companies/imports/:id/rejected'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['rejected']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['rejected']>>>
    }
  }
  'admin.companies.imports.undo': {
    methods: ["POST"]
    pattern: '/companies/imports/:id/undo'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['undo']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['undo']>>>
    }
  }
  'admin.companies.store': {
    methods: ["POST"]
    pattern: '/companies'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['store']>>>
    }
  }
  'admin.companies.bulk': {
    methods: ["POST"]
    pattern: '/companies/bulk'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/engine/bulk_actions').bulkValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#resources/engine/bulk_actions').bulkValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['bulk']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['bulk']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.companies.views.store': {
    methods: ["POST"]
    pattern: '/companies/views'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/validators/saved_view_validator').savedViewValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#resources/validators/saved_view_validator').savedViewValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.companies.views.update': {
    methods: ["PUT"]
    pattern: '/companies/views/:viewId'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/validators/saved_view_validator').savedViewValidator)>>
      paramsTuple: [ParamValue]
      params: { viewId: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/validators/saved_view_validator').savedViewValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.companies.views.destroy': {
    methods: ["DELETE"]
    pattern: '/companies/views/:viewId'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { viewId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['destroy']>>>
    }
  }
  'admin.companies.views.default': {
    methods: ["POST"]
    pattern: '/companies/views/:viewId/default'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { viewId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['setDefault']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/saved_views_controller').default['setDefault']>>>
    }
  }
  'admin.companies.show': {
    methods: ["GET","HEAD"]
    pattern: '/companies/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['show']>>>
    }
  }
  'admin.companies.edit': {
    methods: ["GET","HEAD"]
    pattern: '/companies/:id/edit'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['edit']>>>
    }
  }
  'admin.companies.update': {
    methods: ["PATCH"]
    pattern: '/companies/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['update']>>>
    }
  }
  'admin.companies.destroy': {
    methods: ["DELETE"]
    pattern: '/companies/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['destroy']>>>
    }
  }
  'admin.companies.restore': {
    methods: ["POST"]
    pattern: '/companies/:id/restore'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['restore']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/admin_records_controller').default['restore']>>>
    }
  }
  'api.v1.openapi': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/openapi.json'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/openapi_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/openapi_controller').default['show']>>>
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
  'api.v1.custom_fields.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/custom-fields'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#resources/custom_fields/custom_field_validator').listCustomFieldsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_custom_fields_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_custom_fields_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.custom_fields.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/custom-fields/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_custom_fields_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_custom_fields_controller').default['show']>>>
    }
  }
  'api.v1.custom_fields.store': {
    methods: ["POST"]
    pattern: '/api/v1/custom-fields'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/custom_fields/custom_field_validator').createCustomFieldValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#resources/custom_fields/custom_field_validator').createCustomFieldValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_custom_fields_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_custom_fields_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.custom_fields.reorder': {
    methods: ["POST"]
    pattern: '/api/v1/custom-fields/reorder'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/custom_fields/custom_field_validator').reorderCustomFieldsValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#resources/custom_fields/custom_field_validator').reorderCustomFieldsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_custom_fields_controller').default['reorder']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_custom_fields_controller').default['reorder']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.custom_fields.update': {
    methods: ["PATCH"]
    pattern: '/api/v1/custom-fields/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/custom_fields/custom_field_validator').updateCustomFieldValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/custom_fields/custom_field_validator').updateCustomFieldValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_custom_fields_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_custom_fields_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.custom_fields.archive': {
    methods: ["POST"]
    pattern: '/api/v1/custom-fields/:id/archive'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_custom_fields_controller').default['archive']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_custom_fields_controller').default['archive']>>>
    }
  }
  'api.v1.custom_fields.unarchive': {
    methods: ["POST"]
    pattern: '/api/v1/custom-fields/:id/unarchive'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_custom_fields_controller').default['unarchive']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_custom_fields_controller').default['unarchive']>>>
    }
  }
  'api.v1.organization.lead_capture.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/organization/lead-capture'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#crm/controllers/lead_capture_controller').default['showApi']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#crm/controllers/lead_capture_controller').default['showApi']>>>
    }
  }
  'api.v1.organization.lead_capture.update': {
    methods: ["PUT"]
    pattern: '/api/v1/organization/lead-capture'
    types: {
      body: ExtractBody<InferInput<(typeof import('#crm/validators/lead_capture_validator').leadCaptureValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#crm/validators/lead_capture_validator').leadCaptureValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#crm/controllers/lead_capture_controller').default['updateApi']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#crm/controllers/lead_capture_controller').default['updateApi']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.dashboard': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/dashboard'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#crm/controllers/dashboard_stats_controller').default['handle']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#crm/controllers/dashboard_stats_controller').default['handle']>>>
    }
  }
  'api.v1.leads.convert': {
    methods: ["POST"]
    pattern: '/api/v1/leads/:id/convert'
    types: {
      body: ExtractBody<InferInput<(typeof import('#crm/validators/pipeline_validator').convertLeadValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#crm/validators/pipeline_validator').convertLeadValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#crm/controllers/pipeline_controller').default['convert']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#crm/controllers/pipeline_controller').default['convert']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.deals.move': {
    methods: ["POST"]
    pattern: '/api/v1/deals/:id/move'
    types: {
      body: ExtractBody<InferInput<(typeof import('#crm/validators/pipeline_validator').moveDealValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#crm/validators/pipeline_validator').moveDealValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#crm/controllers/pipeline_controller').default['move']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#crm/controllers/pipeline_controller').default['move']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.deals.board': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/deals/board'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#crm/controllers/pipeline_controller').default['board']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#crm/controllers/pipeline_controller').default['board']>>>
    }
  }
  'api.v1.tasks.mine': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/tasks/mine'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#crm/controllers/tasks_controller').default['mineApi']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#crm/controllers/tasks_controller').default['mineApi']>>>
    }
  }
  'api.v1.tasks.complete': {
    methods: ["POST"]
    pattern: '/api/v1/tasks/:id/complete'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#crm/controllers/tasks_controller').default['completeApi']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#crm/controllers/tasks_controller').default['completeApi']>>>
    }
  }
  'api.v1.notifications.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/notifications'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#notifications/validators/notification_validators').listNotificationsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#notifications/controllers/notifications_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#notifications/controllers/notifications_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.notifications.unread_count': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/notifications/unread-count'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#notifications/controllers/notifications_controller').default['unreadCount']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#notifications/controllers/notifications_controller').default['unreadCount']>>>
    }
  }
  'api.v1.me.notification_preferences.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/me/notification-preferences'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#notifications/controllers/notification_preferences_controller').default['showApi']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#notifications/controllers/notification_preferences_controller').default['showApi']>>>
    }
  }
  'api.v1.notifications.read_all': {
    methods: ["POST"]
    pattern: '/api/v1/notifications/read-all'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#notifications/controllers/notifications_controller').default['readAll']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#notifications/controllers/notifications_controller').default['readAll']>>>
    }
  }
  'api.v1.notifications.read': {
    methods: ["POST"]
    pattern: '/api/v1/notifications/:id/read'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#notifications/controllers/notifications_controller').default['read']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#notifications/controllers/notifications_controller').default['read']>>>
    }
  }
  'api.v1.me.notification_preferences.update': {
    methods: ["PUT"]
    pattern: '/api/v1/me/notification-preferences'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#notifications/controllers/notification_preferences_controller').default['updateApi']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#notifications/controllers/notification_preferences_controller').default['updateApi']>>>
    }
  }
  'api.v1.files.store': {
    methods: ["POST"]
    pattern: '/api/v1/files'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/files_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/files_controller').default['store']>>>
    }
  }
  'api.v1.files.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/files/*'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { '*': ParamValue[] }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/files_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/files_controller').default['show']>>>
    }
  }
  'api.v1.exports.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/exports/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['show']>>>
    }
  }
  'api.v1.exports.download': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/exports/:id/download'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['download']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['download']>>>
    }
  }
  'api.v1.leads.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/leads'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['index']>>>
    }
  }
  'api.v1.leads.export': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/leads/export'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/export_controller').default['handle']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/export_controller').default['handle']>>>
    }
  }
  'api.v1.leads.exports.store': {
    methods: ["POST"]
    pattern: '/api/v1/leads/exports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['store']>>>
    }
  }
  'api.v1.leads.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/leads/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['show']>>>
    }
  }
  'api.v1.leads.store': {
    methods: ["POST"]
    pattern: '/api/v1/leads'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['store']>>>
    }
  }
  'api.v1.leads.bulk': {
    methods: ["POST"]
    pattern: '/api/v1/leads/bulk'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/engine/bulk_actions').bulkValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#resources/engine/bulk_actions').bulkValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['bulk']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['bulk']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.leads.update': {
    methods: ["PATCH"]
    pattern: '/api/v1/leads/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['update']>>>
    }
  }
  'api.v1.leads.destroy': {
    methods: ["DELETE"]
    pattern: '/api/v1/leads/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['destroy']>>>
    }
  }
  'api.v1.leads.restore': {
    methods: ["POST"]
    pattern: '/api/v1/leads/:id/restore'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['restore']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['restore']>>>
    }
  }
  'api.v1.leads.imports.store': {
    methods: ["POST"]
    pattern: '/api/v1/leads/imports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['store']>>>
    }
  }
  'api.v1.leads.imports.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/leads/imports/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['show']>>>
    }
  }
  'api.v1.leads.imports.dry_run': {
    methods: ["POST"]
    pattern: '/api/v1/leads/imports/:id/dry-run'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['dryRun']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['dryRun']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.leads.imports.commit': {
    methods: ["POST"]
    pattern: '/api/v1/leads/imports/:id/commit'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['commit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['commit']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.leads.imports.rejected': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/leads/imports/:id/rejected'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['rejected']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['rejected']>>>
    }
  }
  'api.v1.leads.imports.undo': {
    methods: ["POST"]
    pattern: '/api/v1/leads/imports/:id/undo'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['undo']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['undo']>>>
    }
  }
  'api.v1.deals.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/deals'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['index']>>>
    }
  }
  'api.v1.deals.export': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/deals/export'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/export_controller').default['handle']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/export_controller').default['handle']>>>
    }
  }
  'api.v1.deals.exports.store': {
    methods: ["POST"]
    pattern: '/api/v1/deals/exports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['store']>>>
    }
  }
  'api.v1.deals.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/deals/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['show']>>>
    }
  }
  'api.v1.deals.store': {
    methods: ["POST"]
    pattern: '/api/v1/deals'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['store']>>>
    }
  }
  'api.v1.deals.bulk': {
    methods: ["POST"]
    pattern: '/api/v1/deals/bulk'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/engine/bulk_actions').bulkValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#resources/engine/bulk_actions').bulkValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['bulk']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['bulk']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.deals.update': {
    methods: ["PATCH"]
    pattern: '/api/v1/deals/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['update']>>>
    }
  }
  'api.v1.deals.destroy': {
    methods: ["DELETE"]
    pattern: '/api/v1/deals/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['destroy']>>>
    }
  }
  'api.v1.deals.restore': {
    methods: ["POST"]
    pattern: '/api/v1/deals/:id/restore'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['restore']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['restore']>>>
    }
  }
  'api.v1.deals.imports.store': {
    methods: ["POST"]
    pattern: '/api/v1/deals/imports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['store']>>>
    }
  }
  'api.v1.deals.imports.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/deals/imports/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['show']>>>
    }
  }
  'api.v1.deals.imports.dry_run': {
    methods: ["POST"]
    pattern: '/api/v1/deals/imports/:id/dry-run'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['dryRun']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['dryRun']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.deals.imports.commit': {
    methods: ["POST"]
    pattern: '/api/v1/deals/imports/:id/commit'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['commit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['commit']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.deals.imports.rejected': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/deals/imports/:id/rejected'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['rejected']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['rejected']>>>
    }
  }
  'api.v1.deals.imports.undo': {
    methods: ["POST"]
    pattern: '/api/v1/deals/imports/:id/undo'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['undo']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['undo']>>>
    }
  }
  'api.v1.deal_stages.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/deal-stages'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['index']>>>
    }
  }
  'api.v1.deal_stages.export': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/deal-stages/export'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/export_controller').default['handle']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/export_controller').default['handle']>>>
    }
  }
  'api.v1.deal_stages.exports.store': {
    methods: ["POST"]
    pattern: '/api/v1/deal-stages/exports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['store']>>>
    }
  }
  'api.v1.deal_stages.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/deal-stages/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['show']>>>
    }
  }
  'api.v1.deal_stages.store': {
    methods: ["POST"]
    pattern: '/api/v1/deal-stages'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['store']>>>
    }
  }
  'api.v1.deal_stages.bulk': {
    methods: ["POST"]
    pattern: '/api/v1/deal-stages/bulk'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/engine/bulk_actions').bulkValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#resources/engine/bulk_actions').bulkValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['bulk']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['bulk']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.deal_stages.update': {
    methods: ["PATCH"]
    pattern: '/api/v1/deal-stages/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['update']>>>
    }
  }
  'api.v1.deal_stages.destroy': {
    methods: ["DELETE"]
    pattern: '/api/v1/deal-stages/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['destroy']>>>
    }
  }
  'api.v1.deal_stages.restore': {
    methods: ["POST"]
    pattern: '/api/v1/deal-stages/:id/restore'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['restore']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['restore']>>>
    }
  }
  'api.v1.deal_stages.imports.store': {
    methods: ["POST"]
    pattern: '/api/v1/deal-stages/imports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['store']>>>
    }
  }
  'api.v1.deal_stages.imports.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/deal-stages/imports/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['show']>>>
    }
  }
  'api.v1.deal_stages.imports.dry_run': {
    methods: ["POST"]
    pattern: '/api/v1/deal-stages/imports/:id/dry-run'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['dryRun']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['dryRun']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.deal_stages.imports.commit': {
    methods: ["POST"]
    pattern: '/api/v1/deal-stages/imports/:id/commit'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['commit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['commit']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.deal_stages.imports.rejected': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/deal-stages/imports/:id/rejected'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['rejected']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['rejected']>>>
    }
  }
  'api.v1.deal_stages.imports.undo': {
    methods: ["POST"]
    pattern: '/api/v1/deal-stages/imports/:id/undo'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['undo']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['undo']>>>
    }
  }
  'api.v1.tasks.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/tasks'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['index']>>>
    }
  }
  'api.v1.tasks.export': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/tasks/export'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/export_controller').default['handle']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/export_controller').default['handle']>>>
    }
  }
  'api.v1.tasks.exports.store': {
    methods: ["POST"]
    pattern: '/api/v1/tasks/exports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['store']>>>
    }
  }
  'api.v1.tasks.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/tasks/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['show']>>>
    }
  }
  'api.v1.tasks.store': {
    methods: ["POST"]
    pattern: '/api/v1/tasks'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['store']>>>
    }
  }
  'api.v1.tasks.bulk': {
    methods: ["POST"]
    pattern: '/api/v1/tasks/bulk'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/engine/bulk_actions').bulkValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#resources/engine/bulk_actions').bulkValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['bulk']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['bulk']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.tasks.update': {
    methods: ["PATCH"]
    pattern: '/api/v1/tasks/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['update']>>>
    }
  }
  'api.v1.tasks.destroy': {
    methods: ["DELETE"]
    pattern: '/api/v1/tasks/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['destroy']>>>
    }
  }
  'api.v1.tasks.restore': {
    methods: ["POST"]
    pattern: '/api/v1/tasks/:id/restore'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['restore']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['restore']>>>
    }
  }
  'api.v1.tasks.imports.store': {
    methods: ["POST"]
    pattern: '/api/v1/tasks/imports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['store']>>>
    }
  }
  'api.v1.tasks.imports.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/tasks/imports/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['show']>>>
    }
  }
  'api.v1.tasks.imports.dry_run': {
    methods: ["POST"]
    pattern: '/api/v1/tasks/imports/:id/dry-run'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['dryRun']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['dryRun']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.tasks.imports.commit': {
    methods: ["POST"]
    pattern: '/api/v1/tasks/imports/:id/commit'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['commit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['commit']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.tasks.imports.rejected': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/tasks/imports/:id/rejected'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['rejected']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['rejected']>>>
    }
  }
  'api.v1.tasks.imports.undo': {
    methods: ["POST"]
    pattern: '/api/v1/tasks/imports/:id/undo'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['undo']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['undo']>>>
    }
  }
  'api.v1.activities.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/activities'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['index']>>>
    }
  }
  'api.v1.activities.export': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/activities/export'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/export_controller').default['handle']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/export_controller').default['handle']>>>
    }
  }
  'api.v1.activities.exports.store': {
    methods: ["POST"]
    pattern: '/api/v1/activities/exports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['store']>>>
    }
  }
  'api.v1.activities.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/activities/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['show']>>>
    }
  }
  'api.v1.activities.store': {
    methods: ["POST"]
    pattern: '/api/v1/activities'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['store']>>>
    }
  }
  'api.v1.activities.bulk': {
    methods: ["POST"]
    pattern: '/api/v1/activities/bulk'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/engine/bulk_actions').bulkValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#resources/engine/bulk_actions').bulkValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['bulk']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['bulk']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.activities.update': {
    methods: ["PATCH"]
    pattern: '/api/v1/activities/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['update']>>>
    }
  }
  'api.v1.activities.destroy': {
    methods: ["DELETE"]
    pattern: '/api/v1/activities/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['destroy']>>>
    }
  }
  'api.v1.activities.restore': {
    methods: ["POST"]
    pattern: '/api/v1/activities/:id/restore'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['restore']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['restore']>>>
    }
  }
  'api.v1.activities.imports.store': {
    methods: ["POST"]
    pattern: '/api/v1/activities/imports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['store']>>>
    }
  }
  'api.v1.activities.imports.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/activities/imports/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['show']>>>
    }
  }
  'api.v1.activities.imports.dry_run': {
    methods: ["POST"]
    pattern: '/api/v1/activities/imports/:id/dry-run'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['dryRun']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['dryRun']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.activities.imports.commit': {
    methods: ["POST"]
    pattern: '/api/v1/activities/imports/:id/commit'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['commit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['commit']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.activities.imports.rejected': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/activities/imports/:id/rejected'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['rejected']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['rejected']>>>
    }
  }
  'api.v1.activities.imports.undo': {
    methods: ["POST"]
    pattern: '/api/v1/activities/imports/:id/undo'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['undo']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['undo']>>>
    }
  }
  'api.v1.contacts.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/contacts'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['index']>>>
    }
  }
  'api.v1.contacts.export': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/contacts/export'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/export_controller').default['handle']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/export_controller').default['handle']>>>
    }
  }
  'api.v1.contacts.exports.store': {
    methods: ["POST"]
    pattern: '/api/v1/contacts/exports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['store']>>>
    }
  }
  'api.v1.contacts.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/contacts/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['show']>>>
    }
  }
  'api.v1.contacts.store': {
    methods: ["POST"]
    pattern: '/api/v1/contacts'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['store']>>>
    }
  }
  'api.v1.contacts.bulk': {
    methods: ["POST"]
    pattern: '/api/v1/contacts/bulk'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/engine/bulk_actions').bulkValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#resources/engine/bulk_actions').bulkValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['bulk']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['bulk']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.contacts.update': {
    methods: ["PATCH"]
    pattern: '/api/v1/contacts/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['update']>>>
    }
  }
  'api.v1.contacts.destroy': {
    methods: ["DELETE"]
    pattern: '/api/v1/contacts/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['destroy']>>>
    }
  }
  'api.v1.contacts.restore': {
    methods: ["POST"]
    pattern: '/api/v1/contacts/:id/restore'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['restore']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['restore']>>>
    }
  }
  'api.v1.contacts.imports.store': {
    methods: ["POST"]
    pattern: '/api/v1/contacts/imports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['store']>>>
    }
  }
  'api.v1.contacts.imports.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/contacts/imports/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['show']>>>
    }
  }
  'api.v1.contacts.imports.dry_run': {
    methods: ["POST"]
    pattern: '/api/v1/contacts/imports/:id/dry-run'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['dryRun']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['dryRun']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.contacts.imports.commit': {
    methods: ["POST"]
    pattern: '/api/v1/contacts/imports/:id/commit'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['commit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['commit']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.contacts.imports.rejected': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/contacts/imports/:id/rejected'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['rejected']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['rejected']>>>
    }
  }
  'api.v1.contacts.imports.undo': {
    methods: ["POST"]
    pattern: '/api/v1/contacts/imports/:id/undo'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['undo']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['undo']>>>
    }
  }
  'api.v1.companies.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/companies'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['index']>>>
    }
  }
  'api.v1.companies.export': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/companies/export'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/export_controller').default['handle']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/export_controller').default['handle']>>>
    }
  }
  'api.v1.companies.exports.store': {
    methods: ["POST"]
    pattern: '/api/v1/companies/exports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/export/controllers/exports_controller').default['store']>>>
    }
  }
  'api.v1.companies.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/companies/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['show']>>>
    }
  }
  'api.v1.companies.store': {
    methods: ["POST"]
    pattern: '/api/v1/companies'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['store']>>>
    }
  }
  'api.v1.companies.bulk': {
    methods: ["POST"]
    pattern: '/api/v1/companies/bulk'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/engine/bulk_actions').bulkValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#resources/engine/bulk_actions').bulkValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['bulk']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['bulk']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.companies.update': {
    methods: ["PATCH"]
    pattern: '/api/v1/companies/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['update']>>>
    }
  }
  'api.v1.companies.destroy': {
    methods: ["DELETE"]
    pattern: '/api/v1/companies/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['destroy']>>>
    }
  }
  'api.v1.companies.restore': {
    methods: ["POST"]
    pattern: '/api/v1/companies/:id/restore'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['restore']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/controllers/api_records_controller').default['restore']>>>
    }
  }
  'api.v1.companies.imports.store': {
    methods: ["POST"]
    pattern: '/api/v1/companies/imports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['store']>>>
    }
  }
  'api.v1.companies.imports.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/companies/imports/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['show']>>>
    }
  }
  'api.v1.companies.imports.dry_run': {
    methods: ["POST"]
    pattern: '/api/v1/companies/imports/:id/dry-run'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['dryRun']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['dryRun']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.companies.imports.commit': {
    methods: ["POST"]
    pattern: '/api/v1/companies/imports/:id/commit'
    types: {
      body: ExtractBody<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#resources/imports/validators/import_validator').importChoicesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['commit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['commit']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.companies.imports.rejected': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/companies/imports/:id/rejected'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['rejected']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['rejected']>>>
    }
  }
  'api.v1.companies.imports.undo': {
    methods: ["POST"]
    pattern: '/api/v1/companies/imports/:id/undo'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['undo']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#resources/imports/controllers/imports_controller').default['undo']>>>
    }
  }
}
