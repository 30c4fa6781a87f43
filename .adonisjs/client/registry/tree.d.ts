/* eslint-disable prettier/prettier */
import type { routes } from './index.ts'

export interface ApiDefinition {
  health: {
    live: typeof routes['health.live']
    ready: typeof routes['health.ready']
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
    audit: {
      index: typeof routes['admin.audit.index']
    }
    security: {
      index: typeof routes['admin.security.index']
    }
    profile: {
      show: typeof routes['admin.profile.show']
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
  api: {
    v1: {
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
    }
  }
}
