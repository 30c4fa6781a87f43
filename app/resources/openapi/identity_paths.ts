import { LOCALES } from '#core/i18n/locales'
import { PERMISSIONS, TOKEN_ABILITIES } from '#identity/permissions'
import { ROLES, USER_STATUSES } from '#identity/roles'
import { TWO_FACTOR_REQUIREMENTS } from '#identity/models/organization'
import { usersListQuery } from '#identity/queries/users_list_query'
import {
  changePasswordValidator,
  forgotPasswordValidator,
  resetPasswordValidator,
  signupValidator,
  verifyEmailValidator,
} from '#identity/validators/account_validator'
import {
  apiLoginValidator,
  passwordConfirmationValidator,
  refreshValidator,
  twoFactorCodeValidator,
  twoFactorDisableValidator,
  twoFactorLoginValidator,
} from '#identity/validators/auth_validator'
import { updateMeValidator } from '#identity/validators/me_validator'
import { createTokenValidator } from '#identity/validators/token_validator'
import {
  acceptInvitationValidator,
  inviteUserValidator,
  setPermissionsValidator,
  updateUserValidator,
} from '#identity/validators/users_validator'
import { FILTER_SYNTAX, listParameters } from '#resources/openapi/list_parameters'
import {
  dataEnvelope,
  ref,
  type ParameterObject,
  type SchemaObject,
} from '#resources/openapi/openapi_types'
import type { ErrorStatus } from '#resources/openapi/common_components'

/**
 * How a hand-written API route is documented. Security, path parameters,
 * token abilities, rate limiting and the common error responses come from
 * the route itself (its middleware and pattern); this says the rest.
 */
export type RouteDocumentation = {
  summary: string
  description?: string
  tag: string
  /** the JSON body, as the route's own validator describes it */
  body?: SchemaObject
  query?: (ParameterObject | { $ref: string })[]
  success: { status: number; description: string; schema?: SchemaObject }
  /** error statuses beyond the ones the route's middleware implies */
  errors?: ErrorStatus[]
  /** public, but says more with a bearer token */
  optionalAuth?: boolean
}

type JsonSchemaSource = { toJSONSchema(): unknown }

const PASSWORD_RULES =
  'At least 8 characters with an uppercase letter, a digit and a symbol; not a commonly used password.'

/**
 * A request body from the route's VineJS validator, with notes where JSON
 * Schema cannot say what the validator checks.
 */
function bodyOf(validator: JsonSchemaSource, notes: Record<string, SchemaObject> = {}) {
  const schema = validator.toJSONSchema() as SchemaObject & {
    properties: Record<string, SchemaObject>
  }
  const properties = { ...schema.properties }
  for (const [key, note] of Object.entries(notes)) {
    properties[key] = { ...properties[key], ...note }
  }
  return { ...schema, properties }
}

const password = { description: PASSWORD_RULES }

const tokenPair: Record<string, SchemaObject> = {
  accessToken: { type: 'string', description: 'Bearer token, valid 15 minutes.' },
  refreshToken: { type: 'string', description: 'Single use: each refresh returns a new one.' },
  expiresAt: { type: 'string', format: 'date-time', description: "The access token's expiry." },
}

/**
 * The identity schemas the routes below refer to.
 */
export const IDENTITY_SCHEMAS: Record<string, SchemaObject> = {
  Me: {
    type: 'object',
    properties: {
      id: { type: 'integer' },
      name: { type: 'string' },
      email: { type: 'string', format: 'email' },
      phone: { type: ['string', 'null'] },
      locale: { enum: [...LOCALES, null] },
      timezone: { type: ['string', 'null'] },
      role: { type: 'string', enum: [...ROLES] },
      organization: {
        type: 'object',
        properties: { id: { type: 'integer' }, name: { type: 'string' }, slug: { type: 'string' } },
        required: ['id', 'name', 'slug'],
      },
      permissions: { type: 'array', items: { type: 'string', enum: [...PERMISSIONS] } },
      twoFactorEnabled: { type: 'boolean' },
    },
    required: ['id', 'name', 'email', 'role', 'organization', 'permissions', 'twoFactorEnabled'],
  },
  User: {
    type: 'object',
    properties: {
      id: { type: 'integer' },
      name: { type: 'string' },
      email: { type: 'string', format: 'email' },
      phone: { type: ['string', 'null'] },
      role: { type: 'string', enum: [...ROLES] },
      status: { type: 'string', enum: [...USER_STATUSES] },
      locale: { enum: [...LOCALES, null] },
      timezone: { type: ['string', 'null'] },
      twoFactorEnabled: { type: 'boolean' },
      createdAt: { type: 'string', format: 'date-time' },
    },
    required: ['id', 'name', 'email', 'role', 'status', 'twoFactorEnabled', 'createdAt'],
  },
  Organization: {
    type: 'object',
    properties: {
      id: { type: 'integer' },
      name: { type: 'string' },
      slug: { type: 'string' },
      defaultLocale: { type: 'string', enum: [...LOCALES] },
      timezone: { type: 'string' },
      currency: { type: 'string' },
      requireTwoFactor: { type: 'string', enum: [...TWO_FACTOR_REQUIREMENTS] },
    },
    required: ['id', 'name', 'slug'],
  },
  TokenPair: {
    type: 'object',
    properties: tokenPair,
    required: Object.keys(tokenPair),
  },
  SignedIn: {
    type: 'object',
    properties: { data: ref('schemas', 'Me'), ...tokenPair },
    required: ['data', ...Object.keys(tokenPair)],
  },
  TwoFactorChallenge: {
    type: 'object',
    description: 'The account has two-factor authentication: answer with `POST /auth/two-factor`.',
    properties: { twoFactorRequired: { const: true }, challenge: { type: 'string' } },
    required: ['twoFactorRequired', 'challenge'],
  },
  PersonalToken: {
    type: 'object',
    properties: {
      id: { type: 'integer' },
      name: { type: ['string', 'null'] },
      abilities: { type: 'array', items: { type: 'string', enum: [...TOKEN_ABILITIES] } },
      lastUsedAt: { type: ['string', 'null'], format: 'date-time' },
      expiresAt: { type: ['string', 'null'], format: 'date-time' },
      createdAt: { type: 'string', format: 'date-time' },
    },
    required: ['id', 'name', 'abilities', 'lastUsedAt', 'expiresAt', 'createdAt'],
  },
  Device: {
    type: 'object',
    description: 'A web session or an app sign-in (a refresh token family).',
    properties: {
      id: { type: 'string' },
      kind: { type: 'string', enum: ['web', 'api'] },
      deviceName: { type: ['string', 'null'] },
      ip: { type: ['string', 'null'] },
      userAgent: { type: ['string', 'null'] },
      lastUsedAt: { type: ['string', 'null'], format: 'date-time' },
      current: { type: 'boolean' },
    },
    required: ['id', 'kind', 'current'],
  },
  UserPermissions: {
    type: 'object',
    properties: {
      role: { type: 'string', enum: [...ROLES] },
      grants: {
        type: 'array',
        description: 'Extra permissions granted on top of the role.',
        items: { type: 'string', enum: [...PERMISSIONS] },
      },
      permissions: {
        type: 'array',
        description: 'Role defaults and grants together.',
        items: { type: 'string', enum: [...PERMISSIONS] },
      },
    },
    required: ['role', 'grants', 'permissions'],
  },
  RecoveryCodes: {
    type: 'object',
    properties: {
      recoveryCodes: {
        type: 'array',
        items: { type: 'string' },
        description: 'Shown once; each works once.',
      },
    },
    required: ['recoveryCodes'],
  },
}

const signedIn = ref('schemas', 'SignedIn')

/**
 * Every hand-written `/api/v1` route, by route name.
 */
export const IDENTITY_ROUTES: Record<string, RouteDocumentation> = {
  'api.v1.auth.signup': {
    tag: 'Auth',
    summary: 'Sign up a new agency',
    description:
      'Creates the organization and its owner, signed in at once; a verification e-mail is sent. Refused (403 `E_SIGNUP_DISABLED`) when the platform does not allow sign-up.',
    body: bodyOf(signupValidator, { password }),
    success: {
      status: 201,
      description: 'The owner, the organization and a token pair.',
      schema: {
        type: 'object',
        properties: {
          data: {
            type: 'object',
            properties: {
              user: ref('schemas', 'Me'),
              organization: ref('schemas', 'Organization'),
            },
            required: ['user', 'organization'],
          },
          ...tokenPair,
        },
        required: ['data', ...Object.keys(tokenPair)],
      },
    },
    errors: [403],
  },
  'api.v1.auth.login': {
    tag: 'Auth',
    summary: 'Sign in with e-mail and password',
    description:
      'Wrong e-mail or password: 401 `E_INVALID_CREDENTIALS` (the same message for both). A disabled account: 403 `E_ACCOUNT_DISABLED`. With two-factor authentication, a challenge instead of tokens.',
    body: bodyOf(apiLoginValidator),
    success: {
      status: 200,
      description: 'Signed in, or a two-factor challenge.',
      schema: { oneOf: [signedIn, ref('schemas', 'TwoFactorChallenge')] },
    },
    errors: [401, 403],
  },
  'api.v1.auth.two_factor': {
    tag: 'Auth',
    summary: 'Answer a two-factor challenge',
    body: bodyOf(twoFactorLoginValidator, {
      code: { description: 'A 6-digit TOTP code or a recovery code.' },
    }),
    success: { status: 200, description: 'Signed in.', schema: signedIn },
    errors: [401, 403],
  },
  'api.v1.auth.refresh': {
    tag: 'Auth',
    summary: 'Renew the token pair',
    description:
      'The refresh token is spent; presenting a spent one revokes its whole family (401).',
    body: bodyOf(refreshValidator),
    success: { status: 200, description: 'A new pair.', schema: ref('schemas', 'TokenPair') },
    errors: [401],
  },
  'api.v1.auth.invitations.accept': {
    tag: 'Auth',
    summary: 'Accept an invitation',
    description: 'Creates the invited account from the mailed token and signs it in.',
    body: bodyOf(acceptInvitationValidator, { password }),
    success: { status: 200, description: 'Signed in.', schema: signedIn },
    errors: [400],
  },
  'api.v1.auth.password.forgot': {
    tag: 'Auth',
    summary: 'Request a password reset e-mail',
    description: 'The same answer whether or not the account exists.',
    body: bodyOf(forgotPasswordValidator),
    success: { status: 202, description: 'Accepted.' },
  },
  'api.v1.auth.password.reset': {
    tag: 'Auth',
    summary: 'Reset the password',
    description:
      'With the mailed single-use token (60 minutes). Every session and token of the user is revoked.',
    body: bodyOf(resetPasswordValidator, { password }),
    success: { status: 204, description: 'Password changed.' },
    errors: [400],
  },
  'api.v1.auth.email.verify': {
    tag: 'Auth',
    summary: 'Verify the e-mail address',
    body: bodyOf(verifyEmailValidator),
    success: { status: 204, description: 'Verified.' },
    errors: [400],
  },
  'api.v1.auth.logout': {
    tag: 'Auth',
    summary: 'Sign out this token',
    description: 'Revokes the calling access token and its refresh token family.',
    success: { status: 204, description: 'Signed out.' },
  },
  'api.v1.auth.logout_all': {
    tag: 'Auth',
    summary: 'Sign out everywhere',
    description: 'Revokes every token and web session of the user.',
    success: { status: 204, description: 'Signed out everywhere.' },
  },
  'api.v1.me.show': {
    tag: 'Me',
    summary: 'The signed-in user',
    success: {
      status: 200,
      description: 'The user, their organization and permissions.',
      schema: dataEnvelope(ref('schemas', 'Me')),
    },
  },
  'api.v1.me.update': {
    tag: 'Me',
    summary: 'Update my profile',
    description: 'Only `name`, `phone` (E.164), `locale` and `timezone`; other fields are dropped.',
    body: bodyOf(updateMeValidator, {
      timezone: { description: 'An IANA time zone, e.g. `Asia/Riyadh`.' },
    }),
    success: { status: 200, description: 'Updated.', schema: dataEnvelope(ref('schemas', 'Me')) },
  },
  'api.v1.me.password': {
    tag: 'Me',
    summary: 'Change my password',
    description: 'Every other session and token is revoked.',
    body: bodyOf(changePasswordValidator, { password }),
    success: { status: 204, description: 'Changed.' },
  },
  'api.v1.me.sessions.index': {
    tag: 'Me',
    summary: 'My sessions and devices',
    success: {
      status: 200,
      description: 'Web sessions and app sign-ins.',
      schema: dataEnvelope({ type: 'array', items: ref('schemas', 'Device') }),
    },
  },
  'api.v1.me.sessions.destroy': {
    tag: 'Me',
    summary: 'Revoke a session or device',
    success: { status: 204, description: 'Revoked.' },
  },
  'api.v1.me.two_factor.setup': {
    tag: 'Me',
    summary: 'Start setting up two-factor authentication',
    description: 'Not enabled until confirmed with a code.',
    success: {
      status: 200,
      description: 'The secret, as text, URL and QR code.',
      schema: {
        type: 'object',
        properties: {
          secret: { type: 'string' },
          otpauthUrl: { type: 'string', format: 'uri' },
          qrSvg: { type: 'string', contentMediaType: 'image/svg+xml' },
        },
        required: ['secret', 'otpauthUrl', 'qrSvg'],
      },
    },
    errors: [409],
  },
  'api.v1.me.two_factor.confirm': {
    tag: 'Me',
    summary: 'Confirm two-factor authentication',
    body: bodyOf(twoFactorCodeValidator),
    success: {
      status: 200,
      description: 'Enabled; the recovery codes are shown this once.',
      schema: ref('schemas', 'RecoveryCodes'),
    },
    errors: [409],
  },
  'api.v1.me.two_factor.disable': {
    tag: 'Me',
    summary: 'Disable two-factor authentication',
    body: bodyOf(twoFactorDisableValidator),
    success: { status: 204, description: 'Disabled.' },
    errors: [409],
  },
  'api.v1.me.two_factor.recovery_codes': {
    tag: 'Me',
    summary: 'New recovery codes',
    description: 'The old codes stop working.',
    body: bodyOf(passwordConfirmationValidator),
    success: { status: 200, description: 'New codes.', schema: ref('schemas', 'RecoveryCodes') },
    errors: [409],
  },
  'api.v1.me.tokens.index': {
    tag: 'Me',
    summary: 'My personal access tokens',
    success: {
      status: 200,
      description: 'The tokens (never their value).',
      schema: dataEnvelope({ type: 'array', items: ref('schemas', 'PersonalToken') }),
    },
  },
  'api.v1.me.tokens.store': {
    tag: 'Me',
    summary: 'Create a personal access token',
    body: bodyOf(createTokenValidator, {
      expiresAt: {
        type: 'string',
        format: 'date-time',
        description: 'Optional expiry, in the future (ISO 8601 or YYYY-MM-DD).',
      },
    }),
    success: {
      status: 201,
      description: 'Created; `token` is shown this once.',
      schema: {
        type: 'object',
        properties: { data: ref('schemas', 'PersonalToken'), token: { type: 'string' } },
        required: ['data', 'token'],
      },
    },
  },
  'api.v1.me.tokens.destroy': {
    tag: 'Me',
    summary: 'Revoke a personal access token',
    success: { status: 204, description: 'Revoked.' },
  },
  'api.v1.users.index': {
    tag: 'Users',
    summary: "List the organization's users",
    description: FILTER_SYNTAX,
    query: listParameters({
      fields: usersListQuery.fields,
      defaultSort: usersListQuery.defaultSort,
    }),
    success: {
      status: 200,
      description: 'A page of users.',
      schema: {
        type: 'object',
        properties: {
          data: { type: 'array', items: ref('schemas', 'User') },
          meta: ref('schemas', 'OffsetPageMeta'),
        },
        required: ['data', 'meta'],
      },
    },
    errors: [422],
  },
  'api.v1.users.show': {
    tag: 'Users',
    summary: 'Show a user',
    success: {
      status: 200,
      description: 'The user.',
      schema: dataEnvelope(ref('schemas', 'User')),
    },
  },
  'api.v1.users.permissions.show': {
    tag: 'Users',
    summary: "A user's permissions",
    success: {
      status: 200,
      description: 'Role, grants and effective permissions.',
      schema: dataEnvelope(ref('schemas', 'UserPermissions')),
    },
  },
  'api.v1.users.store': {
    tag: 'Users',
    summary: 'Invite a user by e-mail',
    description: 'Nobody invites to a role above their own.',
    body: bodyOf(inviteUserValidator),
    success: {
      status: 201,
      description: 'The invitation was sent.',
      schema: dataEnvelope({
        type: 'object',
        properties: {
          id: { type: 'integer' },
          email: { type: 'string', format: 'email' },
          role: { type: 'string', enum: [...ROLES] },
          expiresAt: { type: 'string', format: 'date-time' },
        },
        required: ['id', 'email', 'role', 'expiresAt'],
      }),
    },
  },
  'api.v1.users.update': {
    tag: 'Users',
    summary: 'Update a user',
    description:
      'Name, role and status. Nobody grants a role above their own; the last owner cannot be demoted or disabled (409 `E_LAST_OWNER`).',
    body: bodyOf(updateUserValidator),
    success: {
      status: 200,
      description: 'Updated.',
      schema: dataEnvelope(ref('schemas', 'User')),
    },
    errors: [409],
  },
  'api.v1.users.destroy': {
    tag: 'Users',
    summary: 'Delete a user',
    description: 'The last owner cannot be deleted (409 `E_LAST_OWNER`).',
    success: { status: 204, description: 'Deleted.' },
    errors: [409],
  },
  'api.v1.users.permissions.update': {
    tag: 'Users',
    summary: "Set a user's extra permissions",
    description: 'Replaces the grants; nobody grants a permission they do not hold.',
    body: bodyOf(setPermissionsValidator),
    success: {
      status: 200,
      description: 'Role, grants and effective permissions.',
      schema: dataEnvelope(ref('schemas', 'UserPermissions')),
    },
  },
  'api.v1.openapi': {
    tag: 'Meta',
    optionalAuth: true,
    summary: 'This OpenAPI document',
    description:
      "Public. With a bearer token, the resources also describe that organization's custom fields.",
    success: { status: 200, description: 'OpenAPI 3.1 document.', schema: { type: 'object' } },
  },
}
