/* eslint-disable prettier/prettier */
import type { AdonisEndpoint } from '@tuyau/core/types'
import type { Registry } from './schema.d.ts'
import type { ApiDefinition } from './tree.d.ts'

const placeholder: any = {}

const routes = {
  'health.live': {
    methods: ["GET","HEAD"],
    pattern: '/health/live',
    tokens: [{"old":"/health/live","type":0,"val":"health","end":""},{"old":"/health/live","type":0,"val":"live","end":""}],
    types: placeholder as Registry['health.live']['types'],
  },
  'health.ready': {
    methods: ["GET","HEAD"],
    pattern: '/health/ready',
    tokens: [{"old":"/health/ready","type":0,"val":"health","end":""},{"old":"/health/ready","type":0,"val":"ready","end":""}],
    types: placeholder as Registry['health.ready']['types'],
  },
  'locale.update': {
    methods: ["POST"],
    pattern: '/locale',
    tokens: [{"old":"/locale","type":0,"val":"locale","end":""}],
    types: placeholder as Registry['locale.update']['types'],
  },
  'email.verify': {
    methods: ["GET","HEAD"],
    pattern: '/verify-email/:token',
    tokens: [{"old":"/verify-email/:token","type":0,"val":"verify-email","end":""},{"old":"/verify-email/:token","type":1,"val":"token","end":""}],
    types: placeholder as Registry['email.verify']['types'],
  },
  'session.create': {
    methods: ["GET","HEAD"],
    pattern: '/login',
    tokens: [{"old":"/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['session.create']['types'],
  },
  'session.store': {
    methods: ["POST"],
    pattern: '/login',
    tokens: [{"old":"/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['session.store']['types'],
  },
  'password.forgot': {
    methods: ["GET","HEAD"],
    pattern: '/forgot-password',
    tokens: [{"old":"/forgot-password","type":0,"val":"forgot-password","end":""}],
    types: placeholder as Registry['password.forgot']['types'],
  },
  'password.send_reset': {
    methods: ["POST"],
    pattern: '/forgot-password',
    tokens: [{"old":"/forgot-password","type":0,"val":"forgot-password","end":""}],
    types: placeholder as Registry['password.send_reset']['types'],
  },
  'password.reset_form': {
    methods: ["GET","HEAD"],
    pattern: '/reset-password/:token',
    tokens: [{"old":"/reset-password/:token","type":0,"val":"reset-password","end":""},{"old":"/reset-password/:token","type":1,"val":"token","end":""}],
    types: placeholder as Registry['password.reset_form']['types'],
  },
  'password.reset': {
    methods: ["POST"],
    pattern: '/reset-password',
    tokens: [{"old":"/reset-password","type":0,"val":"reset-password","end":""}],
    types: placeholder as Registry['password.reset']['types'],
  },
  'invitations.show': {
    methods: ["GET","HEAD"],
    pattern: '/invitations/:token',
    tokens: [{"old":"/invitations/:token","type":0,"val":"invitations","end":""},{"old":"/invitations/:token","type":1,"val":"token","end":""}],
    types: placeholder as Registry['invitations.show']['types'],
  },
  'invitations.accept': {
    methods: ["POST"],
    pattern: '/invitations',
    tokens: [{"old":"/invitations","type":0,"val":"invitations","end":""}],
    types: placeholder as Registry['invitations.accept']['types'],
  },
  'two_factor.challenge': {
    methods: ["GET","HEAD"],
    pattern: '/two-factor',
    tokens: [{"old":"/two-factor","type":0,"val":"two-factor","end":""}],
    types: placeholder as Registry['two_factor.challenge']['types'],
  },
  'two_factor.verify': {
    methods: ["POST"],
    pattern: '/two-factor',
    tokens: [{"old":"/two-factor","type":0,"val":"two-factor","end":""}],
    types: placeholder as Registry['two_factor.verify']['types'],
  },
  'admin.dashboard': {
    methods: ["GET","HEAD"],
    pattern: '/',
    tokens: [{"old":"/","type":0,"val":"/","end":""}],
    types: placeholder as Registry['admin.dashboard']['types'],
  },
  'admin.team.index': {
    methods: ["GET","HEAD"],
    pattern: '/team',
    tokens: [{"old":"/team","type":0,"val":"team","end":""}],
    types: placeholder as Registry['admin.team.index']['types'],
  },
  'admin.team.invite': {
    methods: ["POST"],
    pattern: '/team/invitations',
    tokens: [{"old":"/team/invitations","type":0,"val":"team","end":""},{"old":"/team/invitations","type":0,"val":"invitations","end":""}],
    types: placeholder as Registry['admin.team.invite']['types'],
  },
  'admin.team.update': {
    methods: ["PATCH"],
    pattern: '/team/:id',
    tokens: [{"old":"/team/:id","type":0,"val":"team","end":""},{"old":"/team/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['admin.team.update']['types'],
  },
  'admin.team.destroy': {
    methods: ["DELETE"],
    pattern: '/team/:id',
    tokens: [{"old":"/team/:id","type":0,"val":"team","end":""},{"old":"/team/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['admin.team.destroy']['types'],
  },
  'admin.team.permissions': {
    methods: ["PUT"],
    pattern: '/team/:id/permissions',
    tokens: [{"old":"/team/:id/permissions","type":0,"val":"team","end":""},{"old":"/team/:id/permissions","type":1,"val":"id","end":""},{"old":"/team/:id/permissions","type":0,"val":"permissions","end":""}],
    types: placeholder as Registry['admin.team.permissions']['types'],
  },
  'admin.settings.show': {
    methods: ["GET","HEAD"],
    pattern: '/settings',
    tokens: [{"old":"/settings","type":0,"val":"settings","end":""}],
    types: placeholder as Registry['admin.settings.show']['types'],
  },
  'admin.settings.update': {
    methods: ["PATCH"],
    pattern: '/settings',
    tokens: [{"old":"/settings","type":0,"val":"settings","end":""}],
    types: placeholder as Registry['admin.settings.update']['types'],
  },
  'admin.audit.index': {
    methods: ["GET","HEAD"],
    pattern: '/audit',
    tokens: [{"old":"/audit","type":0,"val":"audit","end":""}],
    types: placeholder as Registry['admin.audit.index']['types'],
  },
  'admin.security.index': {
    methods: ["GET","HEAD"],
    pattern: '/security',
    tokens: [{"old":"/security","type":0,"val":"security","end":""}],
    types: placeholder as Registry['admin.security.index']['types'],
  },
  'admin.profile.show': {
    methods: ["GET","HEAD"],
    pattern: '/profile',
    tokens: [{"old":"/profile","type":0,"val":"profile","end":""}],
    types: placeholder as Registry['admin.profile.show']['types'],
  },
  'profile.update': {
    methods: ["PATCH"],
    pattern: '/profile',
    tokens: [{"old":"/profile","type":0,"val":"profile","end":""}],
    types: placeholder as Registry['profile.update']['types'],
  },
  'profile.password': {
    methods: ["PUT"],
    pattern: '/profile/password',
    tokens: [{"old":"/profile/password","type":0,"val":"profile","end":""},{"old":"/profile/password","type":0,"val":"password","end":""}],
    types: placeholder as Registry['profile.password']['types'],
  },
  'profile.tokens.store': {
    methods: ["POST"],
    pattern: '/profile/tokens',
    tokens: [{"old":"/profile/tokens","type":0,"val":"profile","end":""},{"old":"/profile/tokens","type":0,"val":"tokens","end":""}],
    types: placeholder as Registry['profile.tokens.store']['types'],
  },
  'profile.tokens.destroy': {
    methods: ["DELETE"],
    pattern: '/profile/tokens/:id',
    tokens: [{"old":"/profile/tokens/:id","type":0,"val":"profile","end":""},{"old":"/profile/tokens/:id","type":0,"val":"tokens","end":""},{"old":"/profile/tokens/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['profile.tokens.destroy']['types'],
  },
  'profile.devices.destroy': {
    methods: ["DELETE"],
    pattern: '/profile/devices/:deviceId',
    tokens: [{"old":"/profile/devices/:deviceId","type":0,"val":"profile","end":""},{"old":"/profile/devices/:deviceId","type":0,"val":"devices","end":""},{"old":"/profile/devices/:deviceId","type":1,"val":"deviceId","end":""}],
    types: placeholder as Registry['profile.devices.destroy']['types'],
  },
  'profile.two_factor.setup': {
    methods: ["POST"],
    pattern: '/profile/two-factor',
    tokens: [{"old":"/profile/two-factor","type":0,"val":"profile","end":""},{"old":"/profile/two-factor","type":0,"val":"two-factor","end":""}],
    types: placeholder as Registry['profile.two_factor.setup']['types'],
  },
  'profile.two_factor.confirm': {
    methods: ["POST"],
    pattern: '/profile/two-factor/confirm',
    tokens: [{"old":"/profile/two-factor/confirm","type":0,"val":"profile","end":""},{"old":"/profile/two-factor/confirm","type":0,"val":"two-factor","end":""},{"old":"/profile/two-factor/confirm","type":0,"val":"confirm","end":""}],
    types: placeholder as Registry['profile.two_factor.confirm']['types'],
  },
  'profile.two_factor.disable': {
    methods: ["POST"],
    pattern: '/profile/two-factor/disable',
    tokens: [{"old":"/profile/two-factor/disable","type":0,"val":"profile","end":""},{"old":"/profile/two-factor/disable","type":0,"val":"two-factor","end":""},{"old":"/profile/two-factor/disable","type":0,"val":"disable","end":""}],
    types: placeholder as Registry['profile.two_factor.disable']['types'],
  },
  'profile.two_factor.recovery_codes': {
    methods: ["POST"],
    pattern: '/profile/two-factor/recovery-codes',
    tokens: [{"old":"/profile/two-factor/recovery-codes","type":0,"val":"profile","end":""},{"old":"/profile/two-factor/recovery-codes","type":0,"val":"two-factor","end":""},{"old":"/profile/two-factor/recovery-codes","type":0,"val":"recovery-codes","end":""}],
    types: placeholder as Registry['profile.two_factor.recovery_codes']['types'],
  },
  'session.destroy': {
    methods: ["POST"],
    pattern: '/logout',
    tokens: [{"old":"/logout","type":0,"val":"logout","end":""}],
    types: placeholder as Registry['session.destroy']['types'],
  },
  'api.v1.auth.signup': {
    methods: ["POST"],
    pattern: '/api/v1/auth/signup',
    tokens: [{"old":"/api/v1/auth/signup","type":0,"val":"api","end":""},{"old":"/api/v1/auth/signup","type":0,"val":"v1","end":""},{"old":"/api/v1/auth/signup","type":0,"val":"auth","end":""},{"old":"/api/v1/auth/signup","type":0,"val":"signup","end":""}],
    types: placeholder as Registry['api.v1.auth.signup']['types'],
  },
  'api.v1.auth.login': {
    methods: ["POST"],
    pattern: '/api/v1/auth/login',
    tokens: [{"old":"/api/v1/auth/login","type":0,"val":"api","end":""},{"old":"/api/v1/auth/login","type":0,"val":"v1","end":""},{"old":"/api/v1/auth/login","type":0,"val":"auth","end":""},{"old":"/api/v1/auth/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['api.v1.auth.login']['types'],
  },
  'api.v1.auth.two_factor': {
    methods: ["POST"],
    pattern: '/api/v1/auth/two-factor',
    tokens: [{"old":"/api/v1/auth/two-factor","type":0,"val":"api","end":""},{"old":"/api/v1/auth/two-factor","type":0,"val":"v1","end":""},{"old":"/api/v1/auth/two-factor","type":0,"val":"auth","end":""},{"old":"/api/v1/auth/two-factor","type":0,"val":"two-factor","end":""}],
    types: placeholder as Registry['api.v1.auth.two_factor']['types'],
  },
  'api.v1.auth.refresh': {
    methods: ["POST"],
    pattern: '/api/v1/auth/refresh',
    tokens: [{"old":"/api/v1/auth/refresh","type":0,"val":"api","end":""},{"old":"/api/v1/auth/refresh","type":0,"val":"v1","end":""},{"old":"/api/v1/auth/refresh","type":0,"val":"auth","end":""},{"old":"/api/v1/auth/refresh","type":0,"val":"refresh","end":""}],
    types: placeholder as Registry['api.v1.auth.refresh']['types'],
  },
  'api.v1.auth.invitations.accept': {
    methods: ["POST"],
    pattern: '/api/v1/auth/invitations/accept',
    tokens: [{"old":"/api/v1/auth/invitations/accept","type":0,"val":"api","end":""},{"old":"/api/v1/auth/invitations/accept","type":0,"val":"v1","end":""},{"old":"/api/v1/auth/invitations/accept","type":0,"val":"auth","end":""},{"old":"/api/v1/auth/invitations/accept","type":0,"val":"invitations","end":""},{"old":"/api/v1/auth/invitations/accept","type":0,"val":"accept","end":""}],
    types: placeholder as Registry['api.v1.auth.invitations.accept']['types'],
  },
  'api.v1.auth.password.forgot': {
    methods: ["POST"],
    pattern: '/api/v1/auth/password/forgot',
    tokens: [{"old":"/api/v1/auth/password/forgot","type":0,"val":"api","end":""},{"old":"/api/v1/auth/password/forgot","type":0,"val":"v1","end":""},{"old":"/api/v1/auth/password/forgot","type":0,"val":"auth","end":""},{"old":"/api/v1/auth/password/forgot","type":0,"val":"password","end":""},{"old":"/api/v1/auth/password/forgot","type":0,"val":"forgot","end":""}],
    types: placeholder as Registry['api.v1.auth.password.forgot']['types'],
  },
  'api.v1.auth.password.reset': {
    methods: ["POST"],
    pattern: '/api/v1/auth/password/reset',
    tokens: [{"old":"/api/v1/auth/password/reset","type":0,"val":"api","end":""},{"old":"/api/v1/auth/password/reset","type":0,"val":"v1","end":""},{"old":"/api/v1/auth/password/reset","type":0,"val":"auth","end":""},{"old":"/api/v1/auth/password/reset","type":0,"val":"password","end":""},{"old":"/api/v1/auth/password/reset","type":0,"val":"reset","end":""}],
    types: placeholder as Registry['api.v1.auth.password.reset']['types'],
  },
  'api.v1.auth.email.verify': {
    methods: ["POST"],
    pattern: '/api/v1/auth/email/verify',
    tokens: [{"old":"/api/v1/auth/email/verify","type":0,"val":"api","end":""},{"old":"/api/v1/auth/email/verify","type":0,"val":"v1","end":""},{"old":"/api/v1/auth/email/verify","type":0,"val":"auth","end":""},{"old":"/api/v1/auth/email/verify","type":0,"val":"email","end":""},{"old":"/api/v1/auth/email/verify","type":0,"val":"verify","end":""}],
    types: placeholder as Registry['api.v1.auth.email.verify']['types'],
  },
  'api.v1.auth.logout': {
    methods: ["POST"],
    pattern: '/api/v1/auth/logout',
    tokens: [{"old":"/api/v1/auth/logout","type":0,"val":"api","end":""},{"old":"/api/v1/auth/logout","type":0,"val":"v1","end":""},{"old":"/api/v1/auth/logout","type":0,"val":"auth","end":""},{"old":"/api/v1/auth/logout","type":0,"val":"logout","end":""}],
    types: placeholder as Registry['api.v1.auth.logout']['types'],
  },
  'api.v1.auth.logout_all': {
    methods: ["POST"],
    pattern: '/api/v1/auth/logout-all',
    tokens: [{"old":"/api/v1/auth/logout-all","type":0,"val":"api","end":""},{"old":"/api/v1/auth/logout-all","type":0,"val":"v1","end":""},{"old":"/api/v1/auth/logout-all","type":0,"val":"auth","end":""},{"old":"/api/v1/auth/logout-all","type":0,"val":"logout-all","end":""}],
    types: placeholder as Registry['api.v1.auth.logout_all']['types'],
  },
  'api.v1.me.show': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/me',
    tokens: [{"old":"/api/v1/me","type":0,"val":"api","end":""},{"old":"/api/v1/me","type":0,"val":"v1","end":""},{"old":"/api/v1/me","type":0,"val":"me","end":""}],
    types: placeholder as Registry['api.v1.me.show']['types'],
  },
  'api.v1.me.update': {
    methods: ["PATCH"],
    pattern: '/api/v1/me',
    tokens: [{"old":"/api/v1/me","type":0,"val":"api","end":""},{"old":"/api/v1/me","type":0,"val":"v1","end":""},{"old":"/api/v1/me","type":0,"val":"me","end":""}],
    types: placeholder as Registry['api.v1.me.update']['types'],
  },
  'api.v1.me.password': {
    methods: ["PUT"],
    pattern: '/api/v1/me/password',
    tokens: [{"old":"/api/v1/me/password","type":0,"val":"api","end":""},{"old":"/api/v1/me/password","type":0,"val":"v1","end":""},{"old":"/api/v1/me/password","type":0,"val":"me","end":""},{"old":"/api/v1/me/password","type":0,"val":"password","end":""}],
    types: placeholder as Registry['api.v1.me.password']['types'],
  },
  'api.v1.me.sessions.index': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/me/sessions',
    tokens: [{"old":"/api/v1/me/sessions","type":0,"val":"api","end":""},{"old":"/api/v1/me/sessions","type":0,"val":"v1","end":""},{"old":"/api/v1/me/sessions","type":0,"val":"me","end":""},{"old":"/api/v1/me/sessions","type":0,"val":"sessions","end":""}],
    types: placeholder as Registry['api.v1.me.sessions.index']['types'],
  },
  'api.v1.me.sessions.destroy': {
    methods: ["DELETE"],
    pattern: '/api/v1/me/sessions/:sessionId',
    tokens: [{"old":"/api/v1/me/sessions/:sessionId","type":0,"val":"api","end":""},{"old":"/api/v1/me/sessions/:sessionId","type":0,"val":"v1","end":""},{"old":"/api/v1/me/sessions/:sessionId","type":0,"val":"me","end":""},{"old":"/api/v1/me/sessions/:sessionId","type":0,"val":"sessions","end":""},{"old":"/api/v1/me/sessions/:sessionId","type":1,"val":"sessionId","end":""}],
    types: placeholder as Registry['api.v1.me.sessions.destroy']['types'],
  },
  'api.v1.me.two_factor.setup': {
    methods: ["POST"],
    pattern: '/api/v1/me/two-factor/setup',
    tokens: [{"old":"/api/v1/me/two-factor/setup","type":0,"val":"api","end":""},{"old":"/api/v1/me/two-factor/setup","type":0,"val":"v1","end":""},{"old":"/api/v1/me/two-factor/setup","type":0,"val":"me","end":""},{"old":"/api/v1/me/two-factor/setup","type":0,"val":"two-factor","end":""},{"old":"/api/v1/me/two-factor/setup","type":0,"val":"setup","end":""}],
    types: placeholder as Registry['api.v1.me.two_factor.setup']['types'],
  },
  'api.v1.me.two_factor.confirm': {
    methods: ["POST"],
    pattern: '/api/v1/me/two-factor/confirm',
    tokens: [{"old":"/api/v1/me/two-factor/confirm","type":0,"val":"api","end":""},{"old":"/api/v1/me/two-factor/confirm","type":0,"val":"v1","end":""},{"old":"/api/v1/me/two-factor/confirm","type":0,"val":"me","end":""},{"old":"/api/v1/me/two-factor/confirm","type":0,"val":"two-factor","end":""},{"old":"/api/v1/me/two-factor/confirm","type":0,"val":"confirm","end":""}],
    types: placeholder as Registry['api.v1.me.two_factor.confirm']['types'],
  },
  'api.v1.me.two_factor.disable': {
    methods: ["DELETE"],
    pattern: '/api/v1/me/two-factor',
    tokens: [{"old":"/api/v1/me/two-factor","type":0,"val":"api","end":""},{"old":"/api/v1/me/two-factor","type":0,"val":"v1","end":""},{"old":"/api/v1/me/two-factor","type":0,"val":"me","end":""},{"old":"/api/v1/me/two-factor","type":0,"val":"two-factor","end":""}],
    types: placeholder as Registry['api.v1.me.two_factor.disable']['types'],
  },
  'api.v1.me.two_factor.recovery_codes': {
    methods: ["POST"],
    pattern: '/api/v1/me/two-factor/recovery-codes',
    tokens: [{"old":"/api/v1/me/two-factor/recovery-codes","type":0,"val":"api","end":""},{"old":"/api/v1/me/two-factor/recovery-codes","type":0,"val":"v1","end":""},{"old":"/api/v1/me/two-factor/recovery-codes","type":0,"val":"me","end":""},{"old":"/api/v1/me/two-factor/recovery-codes","type":0,"val":"two-factor","end":""},{"old":"/api/v1/me/two-factor/recovery-codes","type":0,"val":"recovery-codes","end":""}],
    types: placeholder as Registry['api.v1.me.two_factor.recovery_codes']['types'],
  },
  'api.v1.me.tokens.index': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/me/tokens',
    tokens: [{"old":"/api/v1/me/tokens","type":0,"val":"api","end":""},{"old":"/api/v1/me/tokens","type":0,"val":"v1","end":""},{"old":"/api/v1/me/tokens","type":0,"val":"me","end":""},{"old":"/api/v1/me/tokens","type":0,"val":"tokens","end":""}],
    types: placeholder as Registry['api.v1.me.tokens.index']['types'],
  },
  'api.v1.me.tokens.store': {
    methods: ["POST"],
    pattern: '/api/v1/me/tokens',
    tokens: [{"old":"/api/v1/me/tokens","type":0,"val":"api","end":""},{"old":"/api/v1/me/tokens","type":0,"val":"v1","end":""},{"old":"/api/v1/me/tokens","type":0,"val":"me","end":""},{"old":"/api/v1/me/tokens","type":0,"val":"tokens","end":""}],
    types: placeholder as Registry['api.v1.me.tokens.store']['types'],
  },
  'api.v1.me.tokens.destroy': {
    methods: ["DELETE"],
    pattern: '/api/v1/me/tokens/:id',
    tokens: [{"old":"/api/v1/me/tokens/:id","type":0,"val":"api","end":""},{"old":"/api/v1/me/tokens/:id","type":0,"val":"v1","end":""},{"old":"/api/v1/me/tokens/:id","type":0,"val":"me","end":""},{"old":"/api/v1/me/tokens/:id","type":0,"val":"tokens","end":""},{"old":"/api/v1/me/tokens/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['api.v1.me.tokens.destroy']['types'],
  },
  'api.v1.users.index': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/users',
    tokens: [{"old":"/api/v1/users","type":0,"val":"api","end":""},{"old":"/api/v1/users","type":0,"val":"v1","end":""},{"old":"/api/v1/users","type":0,"val":"users","end":""}],
    types: placeholder as Registry['api.v1.users.index']['types'],
  },
  'api.v1.users.show': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/users/:id',
    tokens: [{"old":"/api/v1/users/:id","type":0,"val":"api","end":""},{"old":"/api/v1/users/:id","type":0,"val":"v1","end":""},{"old":"/api/v1/users/:id","type":0,"val":"users","end":""},{"old":"/api/v1/users/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['api.v1.users.show']['types'],
  },
  'api.v1.users.permissions.show': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/users/:id/permissions',
    tokens: [{"old":"/api/v1/users/:id/permissions","type":0,"val":"api","end":""},{"old":"/api/v1/users/:id/permissions","type":0,"val":"v1","end":""},{"old":"/api/v1/users/:id/permissions","type":0,"val":"users","end":""},{"old":"/api/v1/users/:id/permissions","type":1,"val":"id","end":""},{"old":"/api/v1/users/:id/permissions","type":0,"val":"permissions","end":""}],
    types: placeholder as Registry['api.v1.users.permissions.show']['types'],
  },
  'api.v1.users.store': {
    methods: ["POST"],
    pattern: '/api/v1/users',
    tokens: [{"old":"/api/v1/users","type":0,"val":"api","end":""},{"old":"/api/v1/users","type":0,"val":"v1","end":""},{"old":"/api/v1/users","type":0,"val":"users","end":""}],
    types: placeholder as Registry['api.v1.users.store']['types'],
  },
  'api.v1.users.update': {
    methods: ["PATCH"],
    pattern: '/api/v1/users/:id',
    tokens: [{"old":"/api/v1/users/:id","type":0,"val":"api","end":""},{"old":"/api/v1/users/:id","type":0,"val":"v1","end":""},{"old":"/api/v1/users/:id","type":0,"val":"users","end":""},{"old":"/api/v1/users/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['api.v1.users.update']['types'],
  },
  'api.v1.users.destroy': {
    methods: ["DELETE"],
    pattern: '/api/v1/users/:id',
    tokens: [{"old":"/api/v1/users/:id","type":0,"val":"api","end":""},{"old":"/api/v1/users/:id","type":0,"val":"v1","end":""},{"old":"/api/v1/users/:id","type":0,"val":"users","end":""},{"old":"/api/v1/users/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['api.v1.users.destroy']['types'],
  },
  'api.v1.users.permissions.update': {
    methods: ["PUT"],
    pattern: '/api/v1/users/:id/permissions',
    tokens: [{"old":"/api/v1/users/:id/permissions","type":0,"val":"api","end":""},{"old":"/api/v1/users/:id/permissions","type":0,"val":"v1","end":""},{"old":"/api/v1/users/:id/permissions","type":0,"val":"users","end":""},{"old":"/api/v1/users/:id/permissions","type":1,"val":"id","end":""},{"old":"/api/v1/users/:id/permissions","type":0,"val":"permissions","end":""}],
    types: placeholder as Registry['api.v1.users.permissions.update']['types'],
  },
} as const satisfies Record<string, AdonisEndpoint>

export { routes }

export const registry = {
  routes,
  $tree: {} as ApiDefinition,
}

declare module '@tuyau/core/types' {
  export interface UserRegistry {
    routes: typeof routes
    $tree: ApiDefinition
  }
}
