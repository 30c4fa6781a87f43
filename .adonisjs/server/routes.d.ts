import '@adonisjs/core/types/http'

type ParamValue = string | number | bigint | boolean

export type ScannedRoutes = {
  ALL: {
    'health.live': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'locale.update': { paramsTuple?: []; params?: {} }
    'email.verify': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'session.create': { paramsTuple?: []; params?: {} }
    'session.store': { paramsTuple?: []; params?: {} }
    'password.forgot': { paramsTuple?: []; params?: {} }
    'password.send_reset': { paramsTuple?: []; params?: {} }
    'password.reset_form': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'password.reset': { paramsTuple?: []; params?: {} }
    'invitations.show': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'invitations.accept': { paramsTuple?: []; params?: {} }
    'two_factor.challenge': { paramsTuple?: []; params?: {} }
    'two_factor.verify': { paramsTuple?: []; params?: {} }
    'admin.dashboard': { paramsTuple?: []; params?: {} }
    'admin.team.index': { paramsTuple?: []; params?: {} }
    'admin.team.invite': { paramsTuple?: []; params?: {} }
    'admin.team.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.team.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.team.permissions': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.settings.show': { paramsTuple?: []; params?: {} }
    'admin.settings.update': { paramsTuple?: []; params?: {} }
    'admin.audit.index': { paramsTuple?: []; params?: {} }
    'admin.security.index': { paramsTuple?: []; params?: {} }
    'admin.profile.show': { paramsTuple?: []; params?: {} }
    'profile.update': { paramsTuple?: []; params?: {} }
    'profile.password': { paramsTuple?: []; params?: {} }
    'profile.tokens.store': { paramsTuple?: []; params?: {} }
    'profile.tokens.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'profile.devices.destroy': { paramsTuple: [ParamValue]; params: {'deviceId': ParamValue} }
    'profile.two_factor.setup': { paramsTuple?: []; params?: {} }
    'profile.two_factor.confirm': { paramsTuple?: []; params?: {} }
    'profile.two_factor.disable': { paramsTuple?: []; params?: {} }
    'profile.two_factor.recovery_codes': { paramsTuple?: []; params?: {} }
    'session.destroy': { paramsTuple?: []; params?: {} }
    'api.v1.auth.signup': { paramsTuple?: []; params?: {} }
    'api.v1.auth.login': { paramsTuple?: []; params?: {} }
    'api.v1.auth.two_factor': { paramsTuple?: []; params?: {} }
    'api.v1.auth.refresh': { paramsTuple?: []; params?: {} }
    'api.v1.auth.invitations.accept': { paramsTuple?: []; params?: {} }
    'api.v1.auth.password.forgot': { paramsTuple?: []; params?: {} }
    'api.v1.auth.password.reset': { paramsTuple?: []; params?: {} }
    'api.v1.auth.email.verify': { paramsTuple?: []; params?: {} }
    'api.v1.auth.logout': { paramsTuple?: []; params?: {} }
    'api.v1.auth.logout_all': { paramsTuple?: []; params?: {} }
    'api.v1.me.show': { paramsTuple?: []; params?: {} }
    'api.v1.me.update': { paramsTuple?: []; params?: {} }
    'api.v1.me.password': { paramsTuple?: []; params?: {} }
    'api.v1.me.sessions.index': { paramsTuple?: []; params?: {} }
    'api.v1.me.sessions.destroy': { paramsTuple: [ParamValue]; params: {'sessionId': ParamValue} }
    'api.v1.me.two_factor.setup': { paramsTuple?: []; params?: {} }
    'api.v1.me.two_factor.confirm': { paramsTuple?: []; params?: {} }
    'api.v1.me.two_factor.disable': { paramsTuple?: []; params?: {} }
    'api.v1.me.two_factor.recovery_codes': { paramsTuple?: []; params?: {} }
    'api.v1.me.tokens.index': { paramsTuple?: []; params?: {} }
    'api.v1.me.tokens.store': { paramsTuple?: []; params?: {} }
    'api.v1.me.tokens.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.users.index': { paramsTuple?: []; params?: {} }
    'api.v1.users.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.users.permissions.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.users.store': { paramsTuple?: []; params?: {} }
    'api.v1.users.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.users.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.users.permissions.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  GET: {
    'health.live': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'email.verify': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'session.create': { paramsTuple?: []; params?: {} }
    'password.forgot': { paramsTuple?: []; params?: {} }
    'password.reset_form': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'invitations.show': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'two_factor.challenge': { paramsTuple?: []; params?: {} }
    'admin.dashboard': { paramsTuple?: []; params?: {} }
    'admin.team.index': { paramsTuple?: []; params?: {} }
    'admin.settings.show': { paramsTuple?: []; params?: {} }
    'admin.audit.index': { paramsTuple?: []; params?: {} }
    'admin.security.index': { paramsTuple?: []; params?: {} }
    'admin.profile.show': { paramsTuple?: []; params?: {} }
    'api.v1.me.show': { paramsTuple?: []; params?: {} }
    'api.v1.me.sessions.index': { paramsTuple?: []; params?: {} }
    'api.v1.me.tokens.index': { paramsTuple?: []; params?: {} }
    'api.v1.users.index': { paramsTuple?: []; params?: {} }
    'api.v1.users.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.users.permissions.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  HEAD: {
    'health.live': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'email.verify': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'session.create': { paramsTuple?: []; params?: {} }
    'password.forgot': { paramsTuple?: []; params?: {} }
    'password.reset_form': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'invitations.show': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'two_factor.challenge': { paramsTuple?: []; params?: {} }
    'admin.dashboard': { paramsTuple?: []; params?: {} }
    'admin.team.index': { paramsTuple?: []; params?: {} }
    'admin.settings.show': { paramsTuple?: []; params?: {} }
    'admin.audit.index': { paramsTuple?: []; params?: {} }
    'admin.security.index': { paramsTuple?: []; params?: {} }
    'admin.profile.show': { paramsTuple?: []; params?: {} }
    'api.v1.me.show': { paramsTuple?: []; params?: {} }
    'api.v1.me.sessions.index': { paramsTuple?: []; params?: {} }
    'api.v1.me.tokens.index': { paramsTuple?: []; params?: {} }
    'api.v1.users.index': { paramsTuple?: []; params?: {} }
    'api.v1.users.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.users.permissions.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  POST: {
    'locale.update': { paramsTuple?: []; params?: {} }
    'session.store': { paramsTuple?: []; params?: {} }
    'password.send_reset': { paramsTuple?: []; params?: {} }
    'password.reset': { paramsTuple?: []; params?: {} }
    'invitations.accept': { paramsTuple?: []; params?: {} }
    'two_factor.verify': { paramsTuple?: []; params?: {} }
    'admin.team.invite': { paramsTuple?: []; params?: {} }
    'profile.tokens.store': { paramsTuple?: []; params?: {} }
    'profile.two_factor.setup': { paramsTuple?: []; params?: {} }
    'profile.two_factor.confirm': { paramsTuple?: []; params?: {} }
    'profile.two_factor.disable': { paramsTuple?: []; params?: {} }
    'profile.two_factor.recovery_codes': { paramsTuple?: []; params?: {} }
    'session.destroy': { paramsTuple?: []; params?: {} }
    'api.v1.auth.signup': { paramsTuple?: []; params?: {} }
    'api.v1.auth.login': { paramsTuple?: []; params?: {} }
    'api.v1.auth.two_factor': { paramsTuple?: []; params?: {} }
    'api.v1.auth.refresh': { paramsTuple?: []; params?: {} }
    'api.v1.auth.invitations.accept': { paramsTuple?: []; params?: {} }
    'api.v1.auth.password.forgot': { paramsTuple?: []; params?: {} }
    'api.v1.auth.password.reset': { paramsTuple?: []; params?: {} }
    'api.v1.auth.email.verify': { paramsTuple?: []; params?: {} }
    'api.v1.auth.logout': { paramsTuple?: []; params?: {} }
    'api.v1.auth.logout_all': { paramsTuple?: []; params?: {} }
    'api.v1.me.two_factor.setup': { paramsTuple?: []; params?: {} }
    'api.v1.me.two_factor.confirm': { paramsTuple?: []; params?: {} }
    'api.v1.me.two_factor.recovery_codes': { paramsTuple?: []; params?: {} }
    'api.v1.me.tokens.store': { paramsTuple?: []; params?: {} }
    'api.v1.users.store': { paramsTuple?: []; params?: {} }
  }
  PATCH: {
    'admin.team.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.settings.update': { paramsTuple?: []; params?: {} }
    'profile.update': { paramsTuple?: []; params?: {} }
    'api.v1.me.update': { paramsTuple?: []; params?: {} }
    'api.v1.users.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  DELETE: {
    'admin.team.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'profile.tokens.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'profile.devices.destroy': { paramsTuple: [ParamValue]; params: {'deviceId': ParamValue} }
    'api.v1.me.sessions.destroy': { paramsTuple: [ParamValue]; params: {'sessionId': ParamValue} }
    'api.v1.me.two_factor.disable': { paramsTuple?: []; params?: {} }
    'api.v1.me.tokens.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.users.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  PUT: {
    'admin.team.permissions': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'profile.password': { paramsTuple?: []; params?: {} }
    'api.v1.me.password': { paramsTuple?: []; params?: {} }
    'api.v1.users.permissions.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}