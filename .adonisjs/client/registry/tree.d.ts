/* eslint-disable prettier/prettier */
import type { routes } from './index.ts'

export interface ApiDefinition {
  eventStream: typeof routes['event_stream']
  subscribe: typeof routes['subscribe']
  unsubscribe: typeof routes['unsubscribe']
  public: {
    leads: {
      store: typeof routes['public.leads.store']
      form: typeof routes['public.leads.form']
      submit: typeof routes['public.leads.submit']
    }
  }
  health: {
    live: typeof routes['health.live']
    ready: typeof routes['health.ready']
  }
  api: {
    docs: typeof routes['api.docs'] & {
      asset: typeof routes['api.docs.asset']
    }
    v1: {
      openapi: typeof routes['api.v1.openapi']
      auth: {
        signup: typeof routes['api.v1.auth.signup']
        login: typeof routes['api.v1.auth.login']
        twoFactor: typeof routes['api.v1.auth.two_factor']
        refresh: typeof routes['api.v1.auth.refresh']
        invitations: {
          accept: typeof routes['api.v1.auth.invitations.accept']
        }
        password: {
          forgot: typeof routes['api.v1.auth.password.forgot']
          reset: typeof routes['api.v1.auth.password.reset']
        }
        email: {
          verify: typeof routes['api.v1.auth.email.verify']
        }
        logout: typeof routes['api.v1.auth.logout']
        logoutAll: typeof routes['api.v1.auth.logout_all']
      }
      me: {
        show: typeof routes['api.v1.me.show']
        update: typeof routes['api.v1.me.update']
        password: typeof routes['api.v1.me.password']
        sessions: {
          index: typeof routes['api.v1.me.sessions.index']
          destroy: typeof routes['api.v1.me.sessions.destroy']
        }
        twoFactor: {
          setup: typeof routes['api.v1.me.two_factor.setup']
          confirm: typeof routes['api.v1.me.two_factor.confirm']
          disable: typeof routes['api.v1.me.two_factor.disable']
          recoveryCodes: typeof routes['api.v1.me.two_factor.recovery_codes']
        }
        tokens: {
          index: typeof routes['api.v1.me.tokens.index']
          store: typeof routes['api.v1.me.tokens.store']
          destroy: typeof routes['api.v1.me.tokens.destroy']
        }
        notificationPreferences: {
          show: typeof routes['api.v1.me.notification_preferences.show']
          update: typeof routes['api.v1.me.notification_preferences.update']
        }
      }
      users: {
        index: typeof routes['api.v1.users.index']
        show: typeof routes['api.v1.users.show']
        permissions: {
          show: typeof routes['api.v1.users.permissions.show']
          update: typeof routes['api.v1.users.permissions.update']
        }
        store: typeof routes['api.v1.users.store']
        update: typeof routes['api.v1.users.update']
        destroy: typeof routes['api.v1.users.destroy']
      }
      customFields: {
        index: typeof routes['api.v1.custom_fields.index']
        show: typeof routes['api.v1.custom_fields.show']
        store: typeof routes['api.v1.custom_fields.store']
        reorder: typeof routes['api.v1.custom_fields.reorder']
        update: typeof routes['api.v1.custom_fields.update']
        archive: typeof routes['api.v1.custom_fields.archive']
        unarchive: typeof routes['api.v1.custom_fields.unarchive']
      }
      organization: {
        leadCapture: {
          show: typeof routes['api.v1.organization.lead_capture.show']
          update: typeof routes['api.v1.organization.lead_capture.update']
        }
      }
      dashboard: typeof routes['api.v1.dashboard']
      leads: {
        convert: typeof routes['api.v1.leads.convert']
        index: typeof routes['api.v1.leads.index']
        export: typeof routes['api.v1.leads.export']
        exports: {
          store: typeof routes['api.v1.leads.exports.store']
        }
        show: typeof routes['api.v1.leads.show']
        store: typeof routes['api.v1.leads.store']
        bulk: typeof routes['api.v1.leads.bulk']
        update: typeof routes['api.v1.leads.update']
        destroy: typeof routes['api.v1.leads.destroy']
        restore: typeof routes['api.v1.leads.restore']
        imports: {
          store: typeof routes['api.v1.leads.imports.store']
          show: typeof routes['api.v1.leads.imports.show']
          dryRun: typeof routes['api.v1.leads.imports.dry_run']
          commit: typeof routes['api.v1.leads.imports.commit']
          rejected: typeof routes['api.v1.leads.imports.rejected']
          undo: typeof routes['api.v1.leads.imports.undo']
        }
      }
      deals: {
        move: typeof routes['api.v1.deals.move']
        board: typeof routes['api.v1.deals.board']
        index: typeof routes['api.v1.deals.index']
        export: typeof routes['api.v1.deals.export']
        exports: {
          store: typeof routes['api.v1.deals.exports.store']
        }
        show: typeof routes['api.v1.deals.show']
        store: typeof routes['api.v1.deals.store']
        bulk: typeof routes['api.v1.deals.bulk']
        update: typeof routes['api.v1.deals.update']
        destroy: typeof routes['api.v1.deals.destroy']
        restore: typeof routes['api.v1.deals.restore']
        imports: {
          store: typeof routes['api.v1.deals.imports.store']
          show: typeof routes['api.v1.deals.imports.show']
          dryRun: typeof routes['api.v1.deals.imports.dry_run']
          commit: typeof routes['api.v1.deals.imports.commit']
          rejected: typeof routes['api.v1.deals.imports.rejected']
          undo: typeof routes['api.v1.deals.imports.undo']
        }
      }
      tasks: {
        mine: typeof routes['api.v1.tasks.mine']
        complete: typeof routes['api.v1.tasks.complete']
        index: typeof routes['api.v1.tasks.index']
        export: typeof routes['api.v1.tasks.export']
        exports: {
          store: typeof routes['api.v1.tasks.exports.store']
        }
        show: typeof routes['api.v1.tasks.show']
        store: typeof routes['api.v1.tasks.store']
        bulk: typeof routes['api.v1.tasks.bulk']
        update: typeof routes['api.v1.tasks.update']
        destroy: typeof routes['api.v1.tasks.destroy']
        restore: typeof routes['api.v1.tasks.restore']
        imports: {
          store: typeof routes['api.v1.tasks.imports.store']
          show: typeof routes['api.v1.tasks.imports.show']
          dryRun: typeof routes['api.v1.tasks.imports.dry_run']
          commit: typeof routes['api.v1.tasks.imports.commit']
          rejected: typeof routes['api.v1.tasks.imports.rejected']
          undo: typeof routes['api.v1.tasks.imports.undo']
        }
      }
      notifications: {
        index: typeof routes['api.v1.notifications.index']
        unreadCount: typeof routes['api.v1.notifications.unread_count']
        readAll: typeof routes['api.v1.notifications.read_all']
        read: typeof routes['api.v1.notifications.read']
      }
      files: {
        store: typeof routes['api.v1.files.store']
        show: typeof routes['api.v1.files.show']
      }
      exports: {
        show: typeof routes['api.v1.exports.show']
        download: typeof routes['api.v1.exports.download']
      }
      dealStages: {
        index: typeof routes['api.v1.deal_stages.index']
        export: typeof routes['api.v1.deal_stages.export']
        exports: {
          store: typeof routes['api.v1.deal_stages.exports.store']
        }
        show: typeof routes['api.v1.deal_stages.show']
        store: typeof routes['api.v1.deal_stages.store']
        bulk: typeof routes['api.v1.deal_stages.bulk']
        update: typeof routes['api.v1.deal_stages.update']
        destroy: typeof routes['api.v1.deal_stages.destroy']
        restore: typeof routes['api.v1.deal_stages.restore']
        imports: {
          store: typeof routes['api.v1.deal_stages.imports.store']
          show: typeof routes['api.v1.deal_stages.imports.show']
          dryRun: typeof routes['api.v1.deal_stages.imports.dry_run']
          commit: typeof routes['api.v1.deal_stages.imports.commit']
          rejected: typeof routes['api.v1.deal_stages.imports.rejected']
          undo: typeof routes['api.v1.deal_stages.imports.undo']
        }
      }
      activities: {
        index: typeof routes['api.v1.activities.index']
        export: typeof routes['api.v1.activities.export']
        exports: {
          store: typeof routes['api.v1.activities.exports.store']
        }
        show: typeof routes['api.v1.activities.show']
        store: typeof routes['api.v1.activities.store']
        bulk: typeof routes['api.v1.activities.bulk']
        update: typeof routes['api.v1.activities.update']
        destroy: typeof routes['api.v1.activities.destroy']
        restore: typeof routes['api.v1.activities.restore']
        imports: {
          store: typeof routes['api.v1.activities.imports.store']
          show: typeof routes['api.v1.activities.imports.show']
          dryRun: typeof routes['api.v1.activities.imports.dry_run']
          commit: typeof routes['api.v1.activities.imports.commit']
          rejected: typeof routes['api.v1.activities.imports.rejected']
          undo: typeof routes['api.v1.activities.imports.undo']
        }
      }
      contacts: {
        index: typeof routes['api.v1.contacts.index']
        export: typeof routes['api.v1.contacts.export']
        exports: {
          store: typeof routes['api.v1.contacts.exports.store']
        }
        show: typeof routes['api.v1.contacts.show']
        store: typeof routes['api.v1.contacts.store']
        bulk: typeof routes['api.v1.contacts.bulk']
        update: typeof routes['api.v1.contacts.update']
        destroy: typeof routes['api.v1.contacts.destroy']
        restore: typeof routes['api.v1.contacts.restore']
        imports: {
          store: typeof routes['api.v1.contacts.imports.store']
          show: typeof routes['api.v1.contacts.imports.show']
          dryRun: typeof routes['api.v1.contacts.imports.dry_run']
          commit: typeof routes['api.v1.contacts.imports.commit']
          rejected: typeof routes['api.v1.contacts.imports.rejected']
          undo: typeof routes['api.v1.contacts.imports.undo']
        }
      }
      companies: {
        index: typeof routes['api.v1.companies.index']
        export: typeof routes['api.v1.companies.export']
        exports: {
          store: typeof routes['api.v1.companies.exports.store']
        }
        show: typeof routes['api.v1.companies.show']
        store: typeof routes['api.v1.companies.store']
        bulk: typeof routes['api.v1.companies.bulk']
        update: typeof routes['api.v1.companies.update']
        destroy: typeof routes['api.v1.companies.destroy']
        restore: typeof routes['api.v1.companies.restore']
        imports: {
          store: typeof routes['api.v1.companies.imports.store']
          show: typeof routes['api.v1.companies.imports.show']
          dryRun: typeof routes['api.v1.companies.imports.dry_run']
          commit: typeof routes['api.v1.companies.imports.commit']
          rejected: typeof routes['api.v1.companies.imports.rejected']
          undo: typeof routes['api.v1.companies.imports.undo']
        }
      }
    }
  }
  locale: {
    update: typeof routes['locale.update']
  }
  email: {
    verify: typeof routes['email.verify']
  }
  session: {
    create: typeof routes['session.create']
    store: typeof routes['session.store']
    destroy: typeof routes['session.destroy']
  }
  password: {
    forgot: typeof routes['password.forgot']
    sendReset: typeof routes['password.send_reset']
    resetForm: typeof routes['password.reset_form']
    reset: typeof routes['password.reset']
  }
  invitations: {
    show: typeof routes['invitations.show']
    accept: typeof routes['invitations.accept']
  }
  twoFactor: {
    challenge: typeof routes['two_factor.challenge']
    verify: typeof routes['two_factor.verify']
  }
  admin: {
    dashboard: typeof routes['admin.dashboard']
    team: {
      index: typeof routes['admin.team.index']
      invite: typeof routes['admin.team.invite']
      update: typeof routes['admin.team.update']
      destroy: typeof routes['admin.team.destroy']
      permissions: typeof routes['admin.team.permissions']
    }
    settings: {
      show: typeof routes['admin.settings.show']
      update: typeof routes['admin.settings.update']
    }
    customFields: {
      index: typeof routes['admin.custom_fields.index']
      store: typeof routes['admin.custom_fields.store']
      reorder: typeof routes['admin.custom_fields.reorder']
      update: typeof routes['admin.custom_fields.update']
      archive: typeof routes['admin.custom_fields.archive']
      unarchive: typeof routes['admin.custom_fields.unarchive']
    }
    jobs: {
      index: typeof routes['admin.jobs.index']
      retry: typeof routes['admin.jobs.retry']
      destroy: typeof routes['admin.jobs.destroy']
    }
    outbox: {
      index: typeof routes['admin.outbox.index']
      show: typeof routes['admin.outbox.show']
      html: typeof routes['admin.outbox.html']
    }
    audit: {
      index: typeof routes['admin.audit.index']
    }
    security: {
      index: typeof routes['admin.security.index']
    }
    profile: {
      show: typeof routes['admin.profile.show']
    }
    leadCapture: {
      show: typeof routes['admin.lead_capture.show']
      update: typeof routes['admin.lead_capture.update']
    }
    deals: {
      board: typeof routes['admin.deals.board']
      move: typeof routes['admin.deals.move']
      index: typeof routes['admin.deals.index']
      create: typeof routes['admin.deals.create']
      export: typeof routes['admin.deals.export']
      exports: {
        store: typeof routes['admin.deals.exports.store']
      }
      imports: {
        page: typeof routes['admin.deals.imports.page']
        store: typeof routes['admin.deals.imports.store']
        show: typeof routes['admin.deals.imports.show']
        dryRun: typeof routes['admin.deals.imports.dry_run']
        commit: typeof routes['admin.deals.imports.commit']
        rejected: typeof routes['admin.deals.imports.rejected']
        undo: typeof routes['admin.deals.imports.undo']
      }
      store: typeof routes['admin.deals.store']
      bulk: typeof routes['admin.deals.bulk']
      views: {
        store: typeof routes['admin.deals.views.store']
        update: typeof routes['admin.deals.views.update']
        destroy: typeof routes['admin.deals.views.destroy']
        default: typeof routes['admin.deals.views.default']
      }
      show: typeof routes['admin.deals.show']
      edit: typeof routes['admin.deals.edit']
      update: typeof routes['admin.deals.update']
      destroy: typeof routes['admin.deals.destroy']
      restore: typeof routes['admin.deals.restore']
    }
    leads: {
      convert: typeof routes['admin.leads.convert']
      index: typeof routes['admin.leads.index']
      create: typeof routes['admin.leads.create']
      export: typeof routes['admin.leads.export']
      exports: {
        store: typeof routes['admin.leads.exports.store']
      }
      imports: {
        page: typeof routes['admin.leads.imports.page']
        store: typeof routes['admin.leads.imports.store']
        show: typeof routes['admin.leads.imports.show']
        dryRun: typeof routes['admin.leads.imports.dry_run']
        commit: typeof routes['admin.leads.imports.commit']
        rejected: typeof routes['admin.leads.imports.rejected']
        undo: typeof routes['admin.leads.imports.undo']
      }
      store: typeof routes['admin.leads.store']
      bulk: typeof routes['admin.leads.bulk']
      views: {
        store: typeof routes['admin.leads.views.store']
        update: typeof routes['admin.leads.views.update']
        destroy: typeof routes['admin.leads.views.destroy']
        default: typeof routes['admin.leads.views.default']
      }
      show: typeof routes['admin.leads.show']
      edit: typeof routes['admin.leads.edit']
      update: typeof routes['admin.leads.update']
      destroy: typeof routes['admin.leads.destroy']
      restore: typeof routes['admin.leads.restore']
    }
    tasks: {
      mine: typeof routes['admin.tasks.mine']
      complete: typeof routes['admin.tasks.complete']
      index: typeof routes['admin.tasks.index']
      create: typeof routes['admin.tasks.create']
      export: typeof routes['admin.tasks.export']
      exports: {
        store: typeof routes['admin.tasks.exports.store']
      }
      imports: {
        page: typeof routes['admin.tasks.imports.page']
        store: typeof routes['admin.tasks.imports.store']
        show: typeof routes['admin.tasks.imports.show']
        dryRun: typeof routes['admin.tasks.imports.dry_run']
        commit: typeof routes['admin.tasks.imports.commit']
        rejected: typeof routes['admin.tasks.imports.rejected']
        undo: typeof routes['admin.tasks.imports.undo']
      }
      store: typeof routes['admin.tasks.store']
      bulk: typeof routes['admin.tasks.bulk']
      views: {
        store: typeof routes['admin.tasks.views.store']
        update: typeof routes['admin.tasks.views.update']
        destroy: typeof routes['admin.tasks.views.destroy']
        default: typeof routes['admin.tasks.views.default']
      }
      show: typeof routes['admin.tasks.show']
      edit: typeof routes['admin.tasks.edit']
      update: typeof routes['admin.tasks.update']
      destroy: typeof routes['admin.tasks.destroy']
      restore: typeof routes['admin.tasks.restore']
    }
    activities: {
      log: typeof routes['admin.activities.log']
      index: typeof routes['admin.activities.index']
      create: typeof routes['admin.activities.create']
      export: typeof routes['admin.activities.export']
      exports: {
        store: typeof routes['admin.activities.exports.store']
      }
      imports: {
        page: typeof routes['admin.activities.imports.page']
        store: typeof routes['admin.activities.imports.store']
        show: typeof routes['admin.activities.imports.show']
        dryRun: typeof routes['admin.activities.imports.dry_run']
        commit: typeof routes['admin.activities.imports.commit']
        rejected: typeof routes['admin.activities.imports.rejected']
        undo: typeof routes['admin.activities.imports.undo']
      }
      store: typeof routes['admin.activities.store']
      bulk: typeof routes['admin.activities.bulk']
      views: {
        store: typeof routes['admin.activities.views.store']
        update: typeof routes['admin.activities.views.update']
        destroy: typeof routes['admin.activities.views.destroy']
        default: typeof routes['admin.activities.views.default']
      }
      show: typeof routes['admin.activities.show']
      edit: typeof routes['admin.activities.edit']
      update: typeof routes['admin.activities.update']
      destroy: typeof routes['admin.activities.destroy']
      restore: typeof routes['admin.activities.restore']
    }
    notifications: {
      index: typeof routes['admin.notifications.index']
      latest: typeof routes['admin.notifications.latest']
      unreadCount: typeof routes['admin.notifications.unread_count']
      readAll: typeof routes['admin.notifications.read_all']
      read: typeof routes['admin.notifications.read']
      open: typeof routes['admin.notifications.open']
      preferences: typeof routes['admin.notifications.preferences'] & {
        update: typeof routes['admin.notifications.preferences.update']
      }
    }
    lookup: typeof routes['admin.lookup']
    files: {
      store: typeof routes['admin.files.store']
      show: typeof routes['admin.files.show']
    }
    exports: {
      download: typeof routes['admin.exports.download']
    }
    dealStages: {
      index: typeof routes['admin.deal_stages.index']
      create: typeof routes['admin.deal_stages.create']
      export: typeof routes['admin.deal_stages.export']
      exports: {
        store: typeof routes['admin.deal_stages.exports.store']
      }
      imports: {
        page: typeof routes['admin.deal_stages.imports.page']
        store: typeof routes['admin.deal_stages.imports.store']
        show: typeof routes['admin.deal_stages.imports.show']
        dryRun: typeof routes['admin.deal_stages.imports.dry_run']
        commit: typeof routes['admin.deal_stages.imports.commit']
        rejected: typeof routes['admin.deal_stages.imports.rejected']
        undo: typeof routes['admin.deal_stages.imports.undo']
      }
      store: typeof routes['admin.deal_stages.store']
      bulk: typeof routes['admin.deal_stages.bulk']
      views: {
        store: typeof routes['admin.deal_stages.views.store']
        update: typeof routes['admin.deal_stages.views.update']
        destroy: typeof routes['admin.deal_stages.views.destroy']
        default: typeof routes['admin.deal_stages.views.default']
      }
      show: typeof routes['admin.deal_stages.show']
      edit: typeof routes['admin.deal_stages.edit']
      update: typeof routes['admin.deal_stages.update']
      destroy: typeof routes['admin.deal_stages.destroy']
      restore: typeof routes['admin.deal_stages.restore']
    }
    contacts: {
      index: typeof routes['admin.contacts.index']
      create: typeof routes['admin.contacts.create']
      export: typeof routes['admin.contacts.export']
      exports: {
        store: typeof routes['admin.contacts.exports.store']
      }
      imports: {
        page: typeof routes['admin.contacts.imports.page']
        store: typeof routes['admin.contacts.imports.store']
        show: typeof routes['admin.contacts.imports.show']
        dryRun: typeof routes['admin.contacts.imports.dry_run']
        commit: typeof routes['admin.contacts.imports.commit']
        rejected: typeof routes['admin.contacts.imports.rejected']
        undo: typeof routes['admin.contacts.imports.undo']
      }
      store: typeof routes['admin.contacts.store']
      bulk: typeof routes['admin.contacts.bulk']
      views: {
        store: typeof routes['admin.contacts.views.store']
        update: typeof routes['admin.contacts.views.update']
        destroy: typeof routes['admin.contacts.views.destroy']
        default: typeof routes['admin.contacts.views.default']
      }
      show: typeof routes['admin.contacts.show']
      edit: typeof routes['admin.contacts.edit']
      update: typeof routes['admin.contacts.update']
      destroy: typeof routes['admin.contacts.destroy']
      restore: typeof routes['admin.contacts.restore']
    }
    companies: {
      index: typeof routes['admin.companies.index']
      create: typeof routes['admin.companies.create']
      export: typeof routes['admin.companies.export']
      exports: {
        store: typeof routes['admin.companies.exports.store']
      }
      imports: {
        page: typeof routes['admin.companies.imports.page']
        store: typeof routes['admin.companies.imports.store']
        show: typeof routes['admin.companies.imports.show']
        dryRun: typeof routes['admin.companies.imports.dry_run']
        commit: typeof routes['admin.companies.imports.commit']
        rejected: typeof routes['admin.companies.imports.rejected']
        undo: typeof routes['admin.companies.imports.undo']
      }
      store: typeof routes['admin.companies.store']
      bulk: typeof routes['admin.companies.bulk']
      views: {
        store: typeof routes['admin.companies.views.store']
        update: typeof routes['admin.companies.views.update']
        destroy: typeof routes['admin.companies.views.destroy']
        default: typeof routes['admin.companies.views.default']
      }
      show: typeof routes['admin.companies.show']
      edit: typeof routes['admin.companies.edit']
      update: typeof routes['admin.companies.update']
      destroy: typeof routes['admin.companies.destroy']
      restore: typeof routes['admin.companies.restore']
    }
  }
  profile: {
    update: typeof routes['profile.update']
    password: typeof routes['profile.password']
    tokens: {
      store: typeof routes['profile.tokens.store']
      destroy: typeof routes['profile.tokens.destroy']
    }
    devices: {
      destroy: typeof routes['profile.devices.destroy']
    }
    twoFactor: {
      setup: typeof routes['profile.two_factor.setup']
      confirm: typeof routes['profile.two_factor.confirm']
      disable: typeof routes['profile.two_factor.disable']
      recoveryCodes: typeof routes['profile.two_factor.recovery_codes']
    }
  }
}
