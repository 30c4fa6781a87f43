import '@adonisjs/core/types/http'

type ParamValue = string | number | bigint | boolean

export type ScannedRoutes = {
  ALL: {
    'event_stream': { paramsTuple?: []; params?: {} }
    'subscribe': { paramsTuple?: []; params?: {} }
    'unsubscribe': { paramsTuple?: []; params?: {} }
    'public.leads.store': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'public.leads.form': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'public.leads.submit': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'health.live': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'api.docs': { paramsTuple?: []; params?: {} }
    'api.docs.asset': { paramsTuple: [ParamValue]; params: {'file': ParamValue} }
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
    'admin.custom_fields.index': { paramsTuple?: []; params?: {} }
    'admin.custom_fields.store': { paramsTuple?: []; params?: {} }
    'admin.custom_fields.reorder': { paramsTuple?: []; params?: {} }
    'admin.custom_fields.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.custom_fields.archive': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.custom_fields.unarchive': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.jobs.index': { paramsTuple?: []; params?: {} }
    'admin.jobs.retry': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.jobs.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.outbox.index': { paramsTuple?: []; params?: {} }
    'admin.outbox.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.outbox.html': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
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
    'admin.lead_capture.show': { paramsTuple?: []; params?: {} }
    'admin.lead_capture.update': { paramsTuple?: []; params?: {} }
    'admin.deals.board': { paramsTuple?: []; params?: {} }
    'admin.deals.move': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.leads.convert': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tasks.mine': { paramsTuple?: []; params?: {} }
    'admin.tasks.complete': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.activities.log': { paramsTuple?: []; params?: {} }
    'admin.notifications.index': { paramsTuple?: []; params?: {} }
    'admin.notifications.latest': { paramsTuple?: []; params?: {} }
    'admin.notifications.unread_count': { paramsTuple?: []; params?: {} }
    'admin.notifications.read_all': { paramsTuple?: []; params?: {} }
    'admin.notifications.read': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.notifications.open': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.notifications.preferences': { paramsTuple?: []; params?: {} }
    'admin.notifications.preferences.update': { paramsTuple?: []; params?: {} }
    'admin.lookup': { paramsTuple: [ParamValue]; params: {'target': ParamValue} }
    'admin.files.store': { paramsTuple?: []; params?: {} }
    'admin.files.show': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'admin.exports.download': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.leads.index': { paramsTuple?: []; params?: {} }
    'admin.leads.create': { paramsTuple?: []; params?: {} }
    'admin.leads.export': { paramsTuple?: []; params?: {} }
    'admin.leads.exports.store': { paramsTuple?: []; params?: {} }
    'admin.leads.imports.page': { paramsTuple?: []; params?: {} }
    'admin.leads.imports.store': { paramsTuple?: []; params?: {} }
    'admin.leads.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.leads.imports.dry_run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.leads.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.leads.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.leads.imports.undo': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.leads.store': { paramsTuple?: []; params?: {} }
    'admin.leads.bulk': { paramsTuple?: []; params?: {} }
    'admin.leads.views.store': { paramsTuple?: []; params?: {} }
    'admin.leads.views.update': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.leads.views.destroy': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.leads.views.default': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.leads.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.leads.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.leads.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.leads.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.leads.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deals.index': { paramsTuple?: []; params?: {} }
    'admin.deals.create': { paramsTuple?: []; params?: {} }
    'admin.deals.export': { paramsTuple?: []; params?: {} }
    'admin.deals.exports.store': { paramsTuple?: []; params?: {} }
    'admin.deals.imports.page': { paramsTuple?: []; params?: {} }
    'admin.deals.imports.store': { paramsTuple?: []; params?: {} }
    'admin.deals.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deals.imports.dry_run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deals.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deals.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deals.imports.undo': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deals.store': { paramsTuple?: []; params?: {} }
    'admin.deals.bulk': { paramsTuple?: []; params?: {} }
    'admin.deals.views.store': { paramsTuple?: []; params?: {} }
    'admin.deals.views.update': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.deals.views.destroy': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.deals.views.default': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.deals.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deals.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deals.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deals.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deals.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deal_stages.index': { paramsTuple?: []; params?: {} }
    'admin.deal_stages.create': { paramsTuple?: []; params?: {} }
    'admin.deal_stages.export': { paramsTuple?: []; params?: {} }
    'admin.deal_stages.exports.store': { paramsTuple?: []; params?: {} }
    'admin.deal_stages.imports.page': { paramsTuple?: []; params?: {} }
    'admin.deal_stages.imports.store': { paramsTuple?: []; params?: {} }
    'admin.deal_stages.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deal_stages.imports.dry_run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deal_stages.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deal_stages.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deal_stages.imports.undo': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deal_stages.store': { paramsTuple?: []; params?: {} }
    'admin.deal_stages.bulk': { paramsTuple?: []; params?: {} }
    'admin.deal_stages.views.store': { paramsTuple?: []; params?: {} }
    'admin.deal_stages.views.update': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.deal_stages.views.destroy': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.deal_stages.views.default': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.deal_stages.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deal_stages.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deal_stages.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deal_stages.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deal_stages.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tasks.index': { paramsTuple?: []; params?: {} }
    'admin.tasks.create': { paramsTuple?: []; params?: {} }
    'admin.tasks.export': { paramsTuple?: []; params?: {} }
    'admin.tasks.exports.store': { paramsTuple?: []; params?: {} }
    'admin.tasks.imports.page': { paramsTuple?: []; params?: {} }
    'admin.tasks.imports.store': { paramsTuple?: []; params?: {} }
    'admin.tasks.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tasks.imports.dry_run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tasks.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tasks.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tasks.imports.undo': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tasks.store': { paramsTuple?: []; params?: {} }
    'admin.tasks.bulk': { paramsTuple?: []; params?: {} }
    'admin.tasks.views.store': { paramsTuple?: []; params?: {} }
    'admin.tasks.views.update': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.tasks.views.destroy': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.tasks.views.default': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.tasks.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tasks.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tasks.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tasks.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tasks.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.activities.index': { paramsTuple?: []; params?: {} }
    'admin.activities.create': { paramsTuple?: []; params?: {} }
    'admin.activities.export': { paramsTuple?: []; params?: {} }
    'admin.activities.exports.store': { paramsTuple?: []; params?: {} }
    'admin.activities.imports.page': { paramsTuple?: []; params?: {} }
    'admin.activities.imports.store': { paramsTuple?: []; params?: {} }
    'admin.activities.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.activities.imports.dry_run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.activities.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.activities.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.activities.imports.undo': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.activities.store': { paramsTuple?: []; params?: {} }
    'admin.activities.bulk': { paramsTuple?: []; params?: {} }
    'admin.activities.views.store': { paramsTuple?: []; params?: {} }
    'admin.activities.views.update': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.activities.views.destroy': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.activities.views.default': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.activities.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.activities.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.activities.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.activities.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.activities.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.contacts.index': { paramsTuple?: []; params?: {} }
    'admin.contacts.create': { paramsTuple?: []; params?: {} }
    'admin.contacts.export': { paramsTuple?: []; params?: {} }
    'admin.contacts.exports.store': { paramsTuple?: []; params?: {} }
    'admin.contacts.imports.page': { paramsTuple?: []; params?: {} }
    'admin.contacts.imports.store': { paramsTuple?: []; params?: {} }
    'admin.contacts.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.contacts.imports.dry_run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.contacts.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.contacts.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.contacts.imports.undo': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.contacts.store': { paramsTuple?: []; params?: {} }
    'admin.contacts.bulk': { paramsTuple?: []; params?: {} }
    'admin.contacts.views.store': { paramsTuple?: []; params?: {} }
    'admin.contacts.views.update': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.contacts.views.destroy': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.contacts.views.default': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.contacts.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.contacts.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.contacts.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.contacts.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.contacts.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.companies.index': { paramsTuple?: []; params?: {} }
    'admin.companies.create': { paramsTuple?: []; params?: {} }
    'admin.companies.export': { paramsTuple?: []; params?: {} }
    'admin.companies.exports.store': { paramsTuple?: []; params?: {} }
    'admin.companies.imports.page': { paramsTuple?: []; params?: {} }
    'admin.companies.imports.store': { paramsTuple?: []; params?: {} }
    'admin.companies.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.companies.imports.dry_run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.companies.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.companies.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.companies.imports.undo': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.companies.store': { paramsTuple?: []; params?: {} }
    'admin.companies.bulk': { paramsTuple?: []; params?: {} }
    'admin.companies.views.store': { paramsTuple?: []; params?: {} }
    'admin.companies.views.update': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.companies.views.destroy': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.companies.views.default': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.companies.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.companies.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.companies.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.companies.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.companies.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.openapi': { paramsTuple?: []; params?: {} }
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
    'api.v1.custom_fields.index': { paramsTuple?: []; params?: {} }
    'api.v1.custom_fields.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.custom_fields.store': { paramsTuple?: []; params?: {} }
    'api.v1.custom_fields.reorder': { paramsTuple?: []; params?: {} }
    'api.v1.custom_fields.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.custom_fields.archive': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.custom_fields.unarchive': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.organization.lead_capture.show': { paramsTuple?: []; params?: {} }
    'api.v1.organization.lead_capture.update': { paramsTuple?: []; params?: {} }
    'api.v1.dashboard': { paramsTuple?: []; params?: {} }
    'api.v1.leads.convert': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deals.move': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deals.board': { paramsTuple?: []; params?: {} }
    'api.v1.tasks.mine': { paramsTuple?: []; params?: {} }
    'api.v1.tasks.complete': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.notifications.index': { paramsTuple?: []; params?: {} }
    'api.v1.notifications.unread_count': { paramsTuple?: []; params?: {} }
    'api.v1.me.notification_preferences.show': { paramsTuple?: []; params?: {} }
    'api.v1.notifications.read_all': { paramsTuple?: []; params?: {} }
    'api.v1.notifications.read': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.me.notification_preferences.update': { paramsTuple?: []; params?: {} }
    'api.v1.files.store': { paramsTuple?: []; params?: {} }
    'api.v1.files.show': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'api.v1.exports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.exports.download': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.leads.index': { paramsTuple?: []; params?: {} }
    'api.v1.leads.export': { paramsTuple?: []; params?: {} }
    'api.v1.leads.exports.store': { paramsTuple?: []; params?: {} }
    'api.v1.leads.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.leads.store': { paramsTuple?: []; params?: {} }
    'api.v1.leads.bulk': { paramsTuple?: []; params?: {} }
    'api.v1.leads.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.leads.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.leads.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.leads.imports.store': { paramsTuple?: []; params?: {} }
    'api.v1.leads.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.leads.imports.dry_run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.leads.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.leads.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.leads.imports.undo': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deals.index': { paramsTuple?: []; params?: {} }
    'api.v1.deals.export': { paramsTuple?: []; params?: {} }
    'api.v1.deals.exports.store': { paramsTuple?: []; params?: {} }
    'api.v1.deals.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deals.store': { paramsTuple?: []; params?: {} }
    'api.v1.deals.bulk': { paramsTuple?: []; params?: {} }
    'api.v1.deals.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deals.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deals.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deals.imports.store': { paramsTuple?: []; params?: {} }
    'api.v1.deals.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deals.imports.dry_run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deals.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deals.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deals.imports.undo': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deal_stages.index': { paramsTuple?: []; params?: {} }
    'api.v1.deal_stages.export': { paramsTuple?: []; params?: {} }
    'api.v1.deal_stages.exports.store': { paramsTuple?: []; params?: {} }
    'api.v1.deal_stages.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deal_stages.store': { paramsTuple?: []; params?: {} }
    'api.v1.deal_stages.bulk': { paramsTuple?: []; params?: {} }
    'api.v1.deal_stages.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deal_stages.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deal_stages.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deal_stages.imports.store': { paramsTuple?: []; params?: {} }
    'api.v1.deal_stages.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deal_stages.imports.dry_run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deal_stages.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deal_stages.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deal_stages.imports.undo': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.tasks.index': { paramsTuple?: []; params?: {} }
    'api.v1.tasks.export': { paramsTuple?: []; params?: {} }
    'api.v1.tasks.exports.store': { paramsTuple?: []; params?: {} }
    'api.v1.tasks.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.tasks.store': { paramsTuple?: []; params?: {} }
    'api.v1.tasks.bulk': { paramsTuple?: []; params?: {} }
    'api.v1.tasks.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.tasks.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.tasks.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.tasks.imports.store': { paramsTuple?: []; params?: {} }
    'api.v1.tasks.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.tasks.imports.dry_run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.tasks.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.tasks.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.tasks.imports.undo': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.activities.index': { paramsTuple?: []; params?: {} }
    'api.v1.activities.export': { paramsTuple?: []; params?: {} }
    'api.v1.activities.exports.store': { paramsTuple?: []; params?: {} }
    'api.v1.activities.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.activities.store': { paramsTuple?: []; params?: {} }
    'api.v1.activities.bulk': { paramsTuple?: []; params?: {} }
    'api.v1.activities.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.activities.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.activities.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.activities.imports.store': { paramsTuple?: []; params?: {} }
    'api.v1.activities.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.activities.imports.dry_run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.activities.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.activities.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.activities.imports.undo': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.contacts.index': { paramsTuple?: []; params?: {} }
    'api.v1.contacts.export': { paramsTuple?: []; params?: {} }
    'api.v1.contacts.exports.store': { paramsTuple?: []; params?: {} }
    'api.v1.contacts.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.contacts.store': { paramsTuple?: []; params?: {} }
    'api.v1.contacts.bulk': { paramsTuple?: []; params?: {} }
    'api.v1.contacts.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.contacts.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.contacts.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.contacts.imports.store': { paramsTuple?: []; params?: {} }
    'api.v1.contacts.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.contacts.imports.dry_run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.contacts.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.contacts.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.contacts.imports.undo': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.companies.index': { paramsTuple?: []; params?: {} }
    'api.v1.companies.export': { paramsTuple?: []; params?: {} }
    'api.v1.companies.exports.store': { paramsTuple?: []; params?: {} }
    'api.v1.companies.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.companies.store': { paramsTuple?: []; params?: {} }
    'api.v1.companies.bulk': { paramsTuple?: []; params?: {} }
    'api.v1.companies.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.companies.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.companies.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.companies.imports.store': { paramsTuple?: []; params?: {} }
    'api.v1.companies.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.companies.imports.dry_run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.companies.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.companies.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.companies.imports.undo': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  GET: {
    'event_stream': { paramsTuple?: []; params?: {} }
    'public.leads.form': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'health.live': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'api.docs': { paramsTuple?: []; params?: {} }
    'api.docs.asset': { paramsTuple: [ParamValue]; params: {'file': ParamValue} }
    'email.verify': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'session.create': { paramsTuple?: []; params?: {} }
    'password.forgot': { paramsTuple?: []; params?: {} }
    'password.reset_form': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'invitations.show': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'two_factor.challenge': { paramsTuple?: []; params?: {} }
    'admin.dashboard': { paramsTuple?: []; params?: {} }
    'admin.team.index': { paramsTuple?: []; params?: {} }
    'admin.settings.show': { paramsTuple?: []; params?: {} }
    'admin.custom_fields.index': { paramsTuple?: []; params?: {} }
    'admin.jobs.index': { paramsTuple?: []; params?: {} }
    'admin.outbox.index': { paramsTuple?: []; params?: {} }
    'admin.outbox.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.outbox.html': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.audit.index': { paramsTuple?: []; params?: {} }
    'admin.security.index': { paramsTuple?: []; params?: {} }
    'admin.profile.show': { paramsTuple?: []; params?: {} }
    'admin.lead_capture.show': { paramsTuple?: []; params?: {} }
    'admin.deals.board': { paramsTuple?: []; params?: {} }
    'admin.tasks.mine': { paramsTuple?: []; params?: {} }
    'admin.notifications.index': { paramsTuple?: []; params?: {} }
    'admin.notifications.latest': { paramsTuple?: []; params?: {} }
    'admin.notifications.unread_count': { paramsTuple?: []; params?: {} }
    'admin.notifications.preferences': { paramsTuple?: []; params?: {} }
    'admin.lookup': { paramsTuple: [ParamValue]; params: {'target': ParamValue} }
    'admin.files.show': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'admin.exports.download': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.leads.index': { paramsTuple?: []; params?: {} }
    'admin.leads.create': { paramsTuple?: []; params?: {} }
    'admin.leads.export': { paramsTuple?: []; params?: {} }
    'admin.leads.imports.page': { paramsTuple?: []; params?: {} }
    'admin.leads.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.leads.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.leads.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.leads.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deals.index': { paramsTuple?: []; params?: {} }
    'admin.deals.create': { paramsTuple?: []; params?: {} }
    'admin.deals.export': { paramsTuple?: []; params?: {} }
    'admin.deals.imports.page': { paramsTuple?: []; params?: {} }
    'admin.deals.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deals.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deals.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deals.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deal_stages.index': { paramsTuple?: []; params?: {} }
    'admin.deal_stages.create': { paramsTuple?: []; params?: {} }
    'admin.deal_stages.export': { paramsTuple?: []; params?: {} }
    'admin.deal_stages.imports.page': { paramsTuple?: []; params?: {} }
    'admin.deal_stages.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deal_stages.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deal_stages.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deal_stages.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tasks.index': { paramsTuple?: []; params?: {} }
    'admin.tasks.create': { paramsTuple?: []; params?: {} }
    'admin.tasks.export': { paramsTuple?: []; params?: {} }
    'admin.tasks.imports.page': { paramsTuple?: []; params?: {} }
    'admin.tasks.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tasks.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tasks.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tasks.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.activities.index': { paramsTuple?: []; params?: {} }
    'admin.activities.create': { paramsTuple?: []; params?: {} }
    'admin.activities.export': { paramsTuple?: []; params?: {} }
    'admin.activities.imports.page': { paramsTuple?: []; params?: {} }
    'admin.activities.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.activities.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.activities.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.activities.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.contacts.index': { paramsTuple?: []; params?: {} }
    'admin.contacts.create': { paramsTuple?: []; params?: {} }
    'admin.contacts.export': { paramsTuple?: []; params?: {} }
    'admin.contacts.imports.page': { paramsTuple?: []; params?: {} }
    'admin.contacts.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.contacts.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.contacts.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.contacts.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.companies.index': { paramsTuple?: []; params?: {} }
    'admin.companies.create': { paramsTuple?: []; params?: {} }
    'admin.companies.export': { paramsTuple?: []; params?: {} }
    'admin.companies.imports.page': { paramsTuple?: []; params?: {} }
    'admin.companies.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.companies.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.companies.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.companies.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.openapi': { paramsTuple?: []; params?: {} }
    'api.v1.me.show': { paramsTuple?: []; params?: {} }
    'api.v1.me.sessions.index': { paramsTuple?: []; params?: {} }
    'api.v1.me.tokens.index': { paramsTuple?: []; params?: {} }
    'api.v1.users.index': { paramsTuple?: []; params?: {} }
    'api.v1.users.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.users.permissions.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.custom_fields.index': { paramsTuple?: []; params?: {} }
    'api.v1.custom_fields.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.organization.lead_capture.show': { paramsTuple?: []; params?: {} }
    'api.v1.dashboard': { paramsTuple?: []; params?: {} }
    'api.v1.deals.board': { paramsTuple?: []; params?: {} }
    'api.v1.tasks.mine': { paramsTuple?: []; params?: {} }
    'api.v1.notifications.index': { paramsTuple?: []; params?: {} }
    'api.v1.notifications.unread_count': { paramsTuple?: []; params?: {} }
    'api.v1.me.notification_preferences.show': { paramsTuple?: []; params?: {} }
    'api.v1.files.show': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'api.v1.exports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.exports.download': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.leads.index': { paramsTuple?: []; params?: {} }
    'api.v1.leads.export': { paramsTuple?: []; params?: {} }
    'api.v1.leads.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.leads.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.leads.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deals.index': { paramsTuple?: []; params?: {} }
    'api.v1.deals.export': { paramsTuple?: []; params?: {} }
    'api.v1.deals.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deals.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deals.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deal_stages.index': { paramsTuple?: []; params?: {} }
    'api.v1.deal_stages.export': { paramsTuple?: []; params?: {} }
    'api.v1.deal_stages.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deal_stages.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deal_stages.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.tasks.index': { paramsTuple?: []; params?: {} }
    'api.v1.tasks.export': { paramsTuple?: []; params?: {} }
    'api.v1.tasks.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.tasks.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.tasks.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.activities.index': { paramsTuple?: []; params?: {} }
    'api.v1.activities.export': { paramsTuple?: []; params?: {} }
    'api.v1.activities.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.activities.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.activities.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.contacts.index': { paramsTuple?: []; params?: {} }
    'api.v1.contacts.export': { paramsTuple?: []; params?: {} }
    'api.v1.contacts.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.contacts.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.contacts.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.companies.index': { paramsTuple?: []; params?: {} }
    'api.v1.companies.export': { paramsTuple?: []; params?: {} }
    'api.v1.companies.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.companies.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.companies.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  HEAD: {
    'event_stream': { paramsTuple?: []; params?: {} }
    'public.leads.form': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'health.live': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'api.docs': { paramsTuple?: []; params?: {} }
    'api.docs.asset': { paramsTuple: [ParamValue]; params: {'file': ParamValue} }
    'email.verify': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'session.create': { paramsTuple?: []; params?: {} }
    'password.forgot': { paramsTuple?: []; params?: {} }
    'password.reset_form': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'invitations.show': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'two_factor.challenge': { paramsTuple?: []; params?: {} }
    'admin.dashboard': { paramsTuple?: []; params?: {} }
    'admin.team.index': { paramsTuple?: []; params?: {} }
    'admin.settings.show': { paramsTuple?: []; params?: {} }
    'admin.custom_fields.index': { paramsTuple?: []; params?: {} }
    'admin.jobs.index': { paramsTuple?: []; params?: {} }
    'admin.outbox.index': { paramsTuple?: []; params?: {} }
    'admin.outbox.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.outbox.html': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.audit.index': { paramsTuple?: []; params?: {} }
    'admin.security.index': { paramsTuple?: []; params?: {} }
    'admin.profile.show': { paramsTuple?: []; params?: {} }
    'admin.lead_capture.show': { paramsTuple?: []; params?: {} }
    'admin.deals.board': { paramsTuple?: []; params?: {} }
    'admin.tasks.mine': { paramsTuple?: []; params?: {} }
    'admin.notifications.index': { paramsTuple?: []; params?: {} }
    'admin.notifications.latest': { paramsTuple?: []; params?: {} }
    'admin.notifications.unread_count': { paramsTuple?: []; params?: {} }
    'admin.notifications.preferences': { paramsTuple?: []; params?: {} }
    'admin.lookup': { paramsTuple: [ParamValue]; params: {'target': ParamValue} }
    'admin.files.show': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'admin.exports.download': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.leads.index': { paramsTuple?: []; params?: {} }
    'admin.leads.create': { paramsTuple?: []; params?: {} }
    'admin.leads.export': { paramsTuple?: []; params?: {} }
    'admin.leads.imports.page': { paramsTuple?: []; params?: {} }
    'admin.leads.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.leads.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.leads.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.leads.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deals.index': { paramsTuple?: []; params?: {} }
    'admin.deals.create': { paramsTuple?: []; params?: {} }
    'admin.deals.export': { paramsTuple?: []; params?: {} }
    'admin.deals.imports.page': { paramsTuple?: []; params?: {} }
    'admin.deals.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deals.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deals.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deals.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deal_stages.index': { paramsTuple?: []; params?: {} }
    'admin.deal_stages.create': { paramsTuple?: []; params?: {} }
    'admin.deal_stages.export': { paramsTuple?: []; params?: {} }
    'admin.deal_stages.imports.page': { paramsTuple?: []; params?: {} }
    'admin.deal_stages.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deal_stages.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deal_stages.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deal_stages.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tasks.index': { paramsTuple?: []; params?: {} }
    'admin.tasks.create': { paramsTuple?: []; params?: {} }
    'admin.tasks.export': { paramsTuple?: []; params?: {} }
    'admin.tasks.imports.page': { paramsTuple?: []; params?: {} }
    'admin.tasks.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tasks.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tasks.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tasks.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.activities.index': { paramsTuple?: []; params?: {} }
    'admin.activities.create': { paramsTuple?: []; params?: {} }
    'admin.activities.export': { paramsTuple?: []; params?: {} }
    'admin.activities.imports.page': { paramsTuple?: []; params?: {} }
    'admin.activities.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.activities.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.activities.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.activities.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.contacts.index': { paramsTuple?: []; params?: {} }
    'admin.contacts.create': { paramsTuple?: []; params?: {} }
    'admin.contacts.export': { paramsTuple?: []; params?: {} }
    'admin.contacts.imports.page': { paramsTuple?: []; params?: {} }
    'admin.contacts.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.contacts.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.contacts.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.contacts.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.companies.index': { paramsTuple?: []; params?: {} }
    'admin.companies.create': { paramsTuple?: []; params?: {} }
    'admin.companies.export': { paramsTuple?: []; params?: {} }
    'admin.companies.imports.page': { paramsTuple?: []; params?: {} }
    'admin.companies.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.companies.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.companies.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.companies.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.openapi': { paramsTuple?: []; params?: {} }
    'api.v1.me.show': { paramsTuple?: []; params?: {} }
    'api.v1.me.sessions.index': { paramsTuple?: []; params?: {} }
    'api.v1.me.tokens.index': { paramsTuple?: []; params?: {} }
    'api.v1.users.index': { paramsTuple?: []; params?: {} }
    'api.v1.users.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.users.permissions.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.custom_fields.index': { paramsTuple?: []; params?: {} }
    'api.v1.custom_fields.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.organization.lead_capture.show': { paramsTuple?: []; params?: {} }
    'api.v1.dashboard': { paramsTuple?: []; params?: {} }
    'api.v1.deals.board': { paramsTuple?: []; params?: {} }
    'api.v1.tasks.mine': { paramsTuple?: []; params?: {} }
    'api.v1.notifications.index': { paramsTuple?: []; params?: {} }
    'api.v1.notifications.unread_count': { paramsTuple?: []; params?: {} }
    'api.v1.me.notification_preferences.show': { paramsTuple?: []; params?: {} }
    'api.v1.files.show': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'api.v1.exports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.exports.download': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.leads.index': { paramsTuple?: []; params?: {} }
    'api.v1.leads.export': { paramsTuple?: []; params?: {} }
    'api.v1.leads.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.leads.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.leads.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deals.index': { paramsTuple?: []; params?: {} }
    'api.v1.deals.export': { paramsTuple?: []; params?: {} }
    'api.v1.deals.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deals.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deals.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deal_stages.index': { paramsTuple?: []; params?: {} }
    'api.v1.deal_stages.export': { paramsTuple?: []; params?: {} }
    'api.v1.deal_stages.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deal_stages.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deal_stages.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.tasks.index': { paramsTuple?: []; params?: {} }
    'api.v1.tasks.export': { paramsTuple?: []; params?: {} }
    'api.v1.tasks.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.tasks.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.tasks.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.activities.index': { paramsTuple?: []; params?: {} }
    'api.v1.activities.export': { paramsTuple?: []; params?: {} }
    'api.v1.activities.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.activities.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.activities.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.contacts.index': { paramsTuple?: []; params?: {} }
    'api.v1.contacts.export': { paramsTuple?: []; params?: {} }
    'api.v1.contacts.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.contacts.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.contacts.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.companies.index': { paramsTuple?: []; params?: {} }
    'api.v1.companies.export': { paramsTuple?: []; params?: {} }
    'api.v1.companies.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.companies.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.companies.imports.rejected': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  POST: {
    'subscribe': { paramsTuple?: []; params?: {} }
    'unsubscribe': { paramsTuple?: []; params?: {} }
    'public.leads.store': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'public.leads.submit': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'locale.update': { paramsTuple?: []; params?: {} }
    'session.store': { paramsTuple?: []; params?: {} }
    'password.send_reset': { paramsTuple?: []; params?: {} }
    'password.reset': { paramsTuple?: []; params?: {} }
    'invitations.accept': { paramsTuple?: []; params?: {} }
    'two_factor.verify': { paramsTuple?: []; params?: {} }
    'admin.team.invite': { paramsTuple?: []; params?: {} }
    'admin.custom_fields.store': { paramsTuple?: []; params?: {} }
    'admin.custom_fields.reorder': { paramsTuple?: []; params?: {} }
    'admin.custom_fields.archive': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.custom_fields.unarchive': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.jobs.retry': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'profile.tokens.store': { paramsTuple?: []; params?: {} }
    'profile.two_factor.setup': { paramsTuple?: []; params?: {} }
    'profile.two_factor.confirm': { paramsTuple?: []; params?: {} }
    'profile.two_factor.disable': { paramsTuple?: []; params?: {} }
    'profile.two_factor.recovery_codes': { paramsTuple?: []; params?: {} }
    'session.destroy': { paramsTuple?: []; params?: {} }
    'admin.deals.move': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.leads.convert': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tasks.complete': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.activities.log': { paramsTuple?: []; params?: {} }
    'admin.notifications.read_all': { paramsTuple?: []; params?: {} }
    'admin.notifications.read': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.notifications.open': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.files.store': { paramsTuple?: []; params?: {} }
    'admin.leads.exports.store': { paramsTuple?: []; params?: {} }
    'admin.leads.imports.store': { paramsTuple?: []; params?: {} }
    'admin.leads.imports.dry_run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.leads.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.leads.imports.undo': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.leads.store': { paramsTuple?: []; params?: {} }
    'admin.leads.bulk': { paramsTuple?: []; params?: {} }
    'admin.leads.views.store': { paramsTuple?: []; params?: {} }
    'admin.leads.views.default': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.leads.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deals.exports.store': { paramsTuple?: []; params?: {} }
    'admin.deals.imports.store': { paramsTuple?: []; params?: {} }
    'admin.deals.imports.dry_run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deals.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deals.imports.undo': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deals.store': { paramsTuple?: []; params?: {} }
    'admin.deals.bulk': { paramsTuple?: []; params?: {} }
    'admin.deals.views.store': { paramsTuple?: []; params?: {} }
    'admin.deals.views.default': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.deals.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deal_stages.exports.store': { paramsTuple?: []; params?: {} }
    'admin.deal_stages.imports.store': { paramsTuple?: []; params?: {} }
    'admin.deal_stages.imports.dry_run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deal_stages.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deal_stages.imports.undo': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deal_stages.store': { paramsTuple?: []; params?: {} }
    'admin.deal_stages.bulk': { paramsTuple?: []; params?: {} }
    'admin.deal_stages.views.store': { paramsTuple?: []; params?: {} }
    'admin.deal_stages.views.default': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.deal_stages.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tasks.exports.store': { paramsTuple?: []; params?: {} }
    'admin.tasks.imports.store': { paramsTuple?: []; params?: {} }
    'admin.tasks.imports.dry_run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tasks.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tasks.imports.undo': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tasks.store': { paramsTuple?: []; params?: {} }
    'admin.tasks.bulk': { paramsTuple?: []; params?: {} }
    'admin.tasks.views.store': { paramsTuple?: []; params?: {} }
    'admin.tasks.views.default': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.tasks.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.activities.exports.store': { paramsTuple?: []; params?: {} }
    'admin.activities.imports.store': { paramsTuple?: []; params?: {} }
    'admin.activities.imports.dry_run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.activities.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.activities.imports.undo': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.activities.store': { paramsTuple?: []; params?: {} }
    'admin.activities.bulk': { paramsTuple?: []; params?: {} }
    'admin.activities.views.store': { paramsTuple?: []; params?: {} }
    'admin.activities.views.default': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.activities.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.contacts.exports.store': { paramsTuple?: []; params?: {} }
    'admin.contacts.imports.store': { paramsTuple?: []; params?: {} }
    'admin.contacts.imports.dry_run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.contacts.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.contacts.imports.undo': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.contacts.store': { paramsTuple?: []; params?: {} }
    'admin.contacts.bulk': { paramsTuple?: []; params?: {} }
    'admin.contacts.views.store': { paramsTuple?: []; params?: {} }
    'admin.contacts.views.default': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.contacts.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.companies.exports.store': { paramsTuple?: []; params?: {} }
    'admin.companies.imports.store': { paramsTuple?: []; params?: {} }
    'admin.companies.imports.dry_run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.companies.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.companies.imports.undo': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.companies.store': { paramsTuple?: []; params?: {} }
    'admin.companies.bulk': { paramsTuple?: []; params?: {} }
    'admin.companies.views.store': { paramsTuple?: []; params?: {} }
    'admin.companies.views.default': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.companies.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
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
    'api.v1.custom_fields.store': { paramsTuple?: []; params?: {} }
    'api.v1.custom_fields.reorder': { paramsTuple?: []; params?: {} }
    'api.v1.custom_fields.archive': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.custom_fields.unarchive': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.leads.convert': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deals.move': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.tasks.complete': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.notifications.read_all': { paramsTuple?: []; params?: {} }
    'api.v1.notifications.read': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.files.store': { paramsTuple?: []; params?: {} }
    'api.v1.leads.exports.store': { paramsTuple?: []; params?: {} }
    'api.v1.leads.store': { paramsTuple?: []; params?: {} }
    'api.v1.leads.bulk': { paramsTuple?: []; params?: {} }
    'api.v1.leads.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.leads.imports.store': { paramsTuple?: []; params?: {} }
    'api.v1.leads.imports.dry_run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.leads.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.leads.imports.undo': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deals.exports.store': { paramsTuple?: []; params?: {} }
    'api.v1.deals.store': { paramsTuple?: []; params?: {} }
    'api.v1.deals.bulk': { paramsTuple?: []; params?: {} }
    'api.v1.deals.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deals.imports.store': { paramsTuple?: []; params?: {} }
    'api.v1.deals.imports.dry_run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deals.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deals.imports.undo': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deal_stages.exports.store': { paramsTuple?: []; params?: {} }
    'api.v1.deal_stages.store': { paramsTuple?: []; params?: {} }
    'api.v1.deal_stages.bulk': { paramsTuple?: []; params?: {} }
    'api.v1.deal_stages.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deal_stages.imports.store': { paramsTuple?: []; params?: {} }
    'api.v1.deal_stages.imports.dry_run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deal_stages.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deal_stages.imports.undo': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.tasks.exports.store': { paramsTuple?: []; params?: {} }
    'api.v1.tasks.store': { paramsTuple?: []; params?: {} }
    'api.v1.tasks.bulk': { paramsTuple?: []; params?: {} }
    'api.v1.tasks.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.tasks.imports.store': { paramsTuple?: []; params?: {} }
    'api.v1.tasks.imports.dry_run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.tasks.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.tasks.imports.undo': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.activities.exports.store': { paramsTuple?: []; params?: {} }
    'api.v1.activities.store': { paramsTuple?: []; params?: {} }
    'api.v1.activities.bulk': { paramsTuple?: []; params?: {} }
    'api.v1.activities.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.activities.imports.store': { paramsTuple?: []; params?: {} }
    'api.v1.activities.imports.dry_run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.activities.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.activities.imports.undo': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.contacts.exports.store': { paramsTuple?: []; params?: {} }
    'api.v1.contacts.store': { paramsTuple?: []; params?: {} }
    'api.v1.contacts.bulk': { paramsTuple?: []; params?: {} }
    'api.v1.contacts.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.contacts.imports.store': { paramsTuple?: []; params?: {} }
    'api.v1.contacts.imports.dry_run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.contacts.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.contacts.imports.undo': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.companies.exports.store': { paramsTuple?: []; params?: {} }
    'api.v1.companies.store': { paramsTuple?: []; params?: {} }
    'api.v1.companies.bulk': { paramsTuple?: []; params?: {} }
    'api.v1.companies.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.companies.imports.store': { paramsTuple?: []; params?: {} }
    'api.v1.companies.imports.dry_run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.companies.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.companies.imports.undo': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  PATCH: {
    'admin.team.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.settings.update': { paramsTuple?: []; params?: {} }
    'admin.custom_fields.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'profile.update': { paramsTuple?: []; params?: {} }
    'admin.leads.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deals.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deal_stages.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tasks.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.activities.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.contacts.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.companies.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.me.update': { paramsTuple?: []; params?: {} }
    'api.v1.users.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.custom_fields.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.leads.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deals.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deal_stages.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.tasks.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.activities.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.contacts.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.companies.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  DELETE: {
    'admin.team.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.jobs.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'profile.tokens.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'profile.devices.destroy': { paramsTuple: [ParamValue]; params: {'deviceId': ParamValue} }
    'admin.leads.views.destroy': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.leads.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deals.views.destroy': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.deals.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.deal_stages.views.destroy': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.deal_stages.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tasks.views.destroy': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.tasks.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.activities.views.destroy': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.activities.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.contacts.views.destroy': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.contacts.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.companies.views.destroy': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.companies.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.me.sessions.destroy': { paramsTuple: [ParamValue]; params: {'sessionId': ParamValue} }
    'api.v1.me.two_factor.disable': { paramsTuple?: []; params?: {} }
    'api.v1.me.tokens.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.users.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.leads.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deals.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.deal_stages.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.tasks.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.activities.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.contacts.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.companies.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  PUT: {
    'admin.team.permissions': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'profile.password': { paramsTuple?: []; params?: {} }
    'admin.lead_capture.update': { paramsTuple?: []; params?: {} }
    'admin.notifications.preferences.update': { paramsTuple?: []; params?: {} }
    'admin.leads.views.update': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.deals.views.update': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.deal_stages.views.update': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.tasks.views.update': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.activities.views.update': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.contacts.views.update': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'admin.companies.views.update': { paramsTuple: [ParamValue]; params: {'viewId': ParamValue} }
    'api.v1.me.password': { paramsTuple?: []; params?: {} }
    'api.v1.users.permissions.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.organization.lead_capture.update': { paramsTuple?: []; params?: {} }
    'api.v1.me.notification_preferences.update': { paramsTuple?: []; params?: {} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}