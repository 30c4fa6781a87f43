import { randomUUID } from 'node:crypto'
import type { ApiClient, ApiResponse } from '@japa/api-client'
import type { I18n } from '@adonisjs/i18n'
import i18nManager from '@adonisjs/i18n/services/main'
import { parse } from 'csv-parse/sync'
import type User from '#identity/models/user'
import { ROLES, roleAtLeast, type Role } from '#identity/roles'
import { hasPermission, type Permission } from '#identity/permissions'
import { tenantContext } from '#core/tenancy/tenant_context'
import CustomField from '#resources/models/custom_field'
import type { ResourceDefinition } from '#resources/define_resource'
import { findResource } from '#resources/registry'
import { ResourceContext } from '#resources/engine/resource_context'
import { resourceFields, type ResolvedField } from '#resources/engine/resource_fields'
import { filteredQuery } from '#resources/engine/list_records'
import type { ResourceAbility } from '#resources/policies/resource_policy'
import { exportRecords } from '#resources/export/export_records'
import { createAgency } from '#tests/helpers/organizations'
import { bearerFor } from '#tests/helpers/api'
import {
  invalidBody,
  isTextual,
  sampleBody,
  writableFields,
  type RecordBody,
  type SampleRefs,
} from '#tests/helpers/resource_samples'

/**
 * The shared contract every registered resource must honour, as reusable
 * checks: each takes a resource's fixtures and returns what it found wrong
 * (an empty list when the resource behaves), so a spec can assert that a
 * good resource passes and that a broken one is caught.
 */

type Agency = Awaited<ReturnType<typeof createAgency>>
type Fixture = { id: number; title: string }

/** How the engine is given a user's view of a resource (swapped to test the checks). */
export type ContextFactory = (
  resource: ResourceDefinition,
  user: User,
  i18n: I18n
) => Promise<ResourceContext>

export type ContractFixtures = {
  resource: ResourceDefinition
  home: Agency
  away: Agency
  tokens: Record<Role, string>
  /** the home organization's fields, with a custom one */
  fields: ResolvedField[]
  refs: Record<Role, SampleRefs>
  titleField: string
  title: (label: string) => string
  /** one live record owned by (or, without ownership, made for) each role */
  owned: Record<Role, Fixture>
  /** one record per role for that role to delete */
  disposable: Record<Role, Fixture>
  /** one trashed record per role for that role to restore */
  trashed: Record<Role, Fixture>
  foreign: Fixture
  foreignTrashed: Fixture
}

const englishAndArabic = () => ({ en: i18nManager.locale('en'), ar: i18nManager.locale('ar') })

function apiPath(resource: ResourceDefinition, suffix = '') {
  return `/api/v1/${resource.name}${suffix}`
}

async function createVia(
  client: ApiClient,
  token: string,
  resource: ResourceDefinition,
  body: RecordBody
) {
  const response = await client.post(apiPath(resource)).bearerToken(token).json(body)
  if (response.status() !== 201) {
    throw new Error(
      `Contract fixture: creating ${resource.name} answered ${response.status()}: ${response.text()}`
    )
  }
  return response.body().data.id as number
}

async function trashVia(
  client: ApiClient,
  token: string,
  resource: ResourceDefinition,
  id: number
) {
  const response = await client.delete(apiPath(resource, `/${id}`)).bearerToken(token)
  if (response.status() !== 204) {
    throw new Error(`Contract fixture: trashing ${resource.name} answered ${response.status()}`)
  }
}

function fieldsOf(resource: ResourceDefinition, organizationId: number) {
  return tenantContext.run(organizationId, () => resourceFields(resource))
}

/**
 * A record of every other resource the resource's relations point at (and
 * of what those point at, in turn), in the agency, so sample bodies link to
 * something real. They belong to `userId` (the agency's owner unless
 * told), so that user may link to them even when limited to their own.
 */
async function relatedRecords(
  client: ApiClient,
  agency: Agency,
  token: string,
  fields: ResolvedField[],
  records: Record<string, number> = {},
  visiting = new Set<string>(),
  userId = agency.owner.id
) {
  for (const field of writableFields(fields)) {
    if (field.type !== 'relation' || !field.target || field.target === 'users') continue
    const target = findResource(field.target)
    if (!target || records[target.name] || visiting.has(target.name)) continue
    visiting.add(target.name)
    const targetFields = await fieldsOf(target, agency.organization.id)
    await relatedRecords(client, agency, token, targetFields, records, visiting, userId)
    const body = sampleBody(targetFields, { userId, records })
    records[target.name] = await createVia(client, token, target, body)
  }
  return records
}

/**
 * A valid create body for the agency's user, its relations pointing at
 * records created for it.
 */
export async function validBodyFor(
  client: ApiClient,
  resource: ResourceDefinition,
  agency: Agency,
  user: User
) {
  const fields = await fieldsOf(resource, agency.organization.id)
  const token = await bearerFor(agency.owner)
  const records = await relatedRecords(client, agency, token, fields, {}, new Set(), user.id)
  return sampleBody(fields, { userId: user.id, records })
}

/**
 * Two agencies, a token per role, a custom field, and the records the
 * checks need, all created through the API as a client would.
 */
export async function contractFixtures(
  client: ApiClient,
  resource: ResourceDefinition
): Promise<ContractFixtures> {
  const home = await createAgency()
  const away = await createAgency()
  await CustomField.create({
    organizationId: home.organization.id,
    resource: resource.name,
    key: 'contract_level',
    type: 'select',
    labelEn: 'Contract level',
    labelAr: 'مستوى العقد',
    options: [
      { value: 'gold', labelEn: 'Gold', labelAr: 'ذهبي' },
      { value: 'silver', labelEn: 'Silver', labelAr: 'فضي' },
    ],
  })
  const fields = await fieldsOf(resource, home.organization.id)
  const titleField = fields.find((field) => field.key === resource.titleField)
  if (!titleField || !isTextual(titleField) || !titleField.form) {
    throw new Error(`Contract: ${resource.name} needs a writable text title field`)
  }

  const tokens = {} as Record<Role, string>
  for (const role of ROLES) tokens[role] = await bearerFor(home[role])
  const awayToken = await bearerFor(away.owner)
  // the broker's: every role may link to them (managers and up reach everything)
  const homeRecords = await relatedRecords(
    client,
    home,
    tokens.owner,
    fields,
    {},
    new Set(),
    home.broker.id
  )
  const awayFields = await fieldsOf(resource, away.organization.id)
  const awayRecords = await relatedRecords(client, away, awayToken, awayFields)

  const unique = randomUUID().slice(0, 8)
  const title = (label: string) => `${resource.name} ${label} ${unique}`
  const refs = {} as Record<Role, SampleRefs>
  for (const role of ROLES) refs[role] = { userId: home[role].id, records: homeRecords }

  // A role's own record: its owner field set to that user, or (where the
  // owner is whoever creates it) assigned to that user, or created by them.
  const ownership = resource.ownership
  const ownerWritable = ownership && fields.some((f) => f.key === ownership.owner && f.form)
  const make = async (role: Role, label: string) => {
    const overrides: Record<string, unknown> = { [resource.titleField]: title(label) }
    let creator = tokens.owner
    if (ownership && ownerWritable) overrides[ownership.owner] = home[role].id
    else if (ownership?.assignee) overrides[ownership.assignee] = home[role].id
    else if (ownership) creator = tokens[role]
    const body = sampleBody(fields, refs.owner, overrides)
    return { id: await createVia(client, creator, resource, body), title: title(label) }
  }
  const owned = {} as Record<Role, Fixture>
  const disposable = {} as Record<Role, Fixture>
  const trashed = {} as Record<Role, Fixture>
  for (const role of ROLES) {
    owned[role] = await make(role, `${role} owned`)
    disposable[role] = await make(role, `${role} disposable`)
    trashed[role] = await make(role, `${role} trashed`)
    await trashVia(client, tokens.owner, resource, trashed[role].id)
  }

  const awayRefs = { userId: away.owner.id, records: awayRecords }
  const foreignTitle = title('foreign')
  const foreign = {
    id: await createVia(
      client,
      awayToken,
      resource,
      sampleBody(awayFields, awayRefs, { [resource.titleField]: foreignTitle })
    ),
    title: foreignTitle,
  }
  const foreignTrashedTitle = title('foreign trashed')
  const foreignTrashed = {
    id: await createVia(
      client,
      awayToken,
      resource,
      sampleBody(awayFields, awayRefs, { [resource.titleField]: foreignTrashedTitle })
    ),
    title: foreignTrashedTitle,
  }
  await trashVia(client, awayToken, resource, foreignTrashed.id)

  return {
    resource,
    home,
    away,
    tokens,
    fields,
    refs,
    titleField: resource.titleField,
    title,
    owned,
    disposable,
    trashed,
    foreign,
    foreignTrashed,
  }
}

/**
 * What went wrong, one line each, named by resource.
 */
class Findings {
  readonly failures: string[] = []

  constructor(protected resource: ResourceDefinition) {}

  fail(message: string) {
    this.failures.push(`${this.resource.name}: ${message}`)
  }

  status(label: string, response: ApiResponse, expected: number) {
    if (response.status() !== expected) {
      this.fail(`${label}: expected ${expected}, got ${response.status()}`)
    }
  }
}

function allowed(resource: ResourceDefinition, user: User, ability: ResourceAbility) {
  return hasPermission(user, `${resource.feature}.${ability}` as Permission)
}

/**
 * Whether the role sees only its own records of the resource (the policy's
 * documented scope: brokers, on resources with an owner).
 */
function isOwnScoped(resource: ResourceDefinition, role: Role) {
  return resource.ownership !== undefined && !roleAtLeast(role, 'manager')
}

function exportedTitles(csv: string) {
  const rows = parse(csv, { bom: true, relax_column_count: true }) as string[][]
  return rows.slice(1).map((row) => row[0])
}

/**
 * What a role may reach, checked on the result of a list or an export: its
 * own record, everyone's when unscoped, never another organization's.
 */
function checkReach(
  findings: Findings,
  fx: ContractFixtures,
  role: Role,
  where: string,
  reached: (fixture: Fixture) => boolean
) {
  if (reached(fx.foreign)) findings.fail(`${role} ${where} shows a record of another organization`)
  for (const other of ROLES) {
    const visible = reached(fx.owned[other])
    if (other === role && !visible) findings.fail(`${role} ${where} misses the role's own record`)
    if (other === role) continue
    if (isOwnScoped(fx.resource, role) && visible) {
      findings.fail(`${role} ${where} shows a record owned by the ${other}`)
    }
    if (!isOwnScoped(fx.resource, role) && !visible) {
      findings.fail(`${role} ${where} misses a record owned by the ${other}`)
    }
  }
}

/**
 * Every route, for every role, answers as the permission matrix says;
 * records of another organization (and, for brokers, of other users) are
 * "not found" and never listed or exported.
 */
async function checkRoles(findings: Findings, client: ApiClient, fx: ContractFixtures) {
  const { resource } = fx
  for (const role of ROLES) {
    const user = fx.home[role]
    const token = fx.tokens[role]
    const expect = async (ability: ResourceAbility, ok: number) =>
      (await allowed(resource, user, ability)) ? ok : 403
    const own = fx.owned[role]
    const body = (title: string) =>
      sampleBody(fx.fields, fx.refs[role], { [resource.titleField]: title })

    const list = await client.get(apiPath(resource, '?perPage=100')).bearerToken(token)
    findings.status(`${role} list`, list, await expect('viewAny', 200))
    if (list.status() === 200) {
      const ids = list.body().data.map((row: { id: number }) => row.id)
      checkReach(findings, fx, role, 'list', (fixture) => ids.includes(fixture.id))
    }
    const exported = await client
      .get(apiPath(resource, `/export?format=csv&columns=${resource.titleField}`))
      .bearerToken(token)
    findings.status(`${role} export`, exported, await expect('export', 200))
    if (exported.status() === 200) {
      const titles = exportedTitles(exported.text())
      checkReach(findings, fx, role, 'export', (fixture) => titles.includes(fixture.title))
    }

    findings.status(
      `${role} show`,
      await client.get(apiPath(resource, `/${own.id}`)).bearerToken(token),
      await expect('view', 200)
    )
    findings.status(
      `${role} create`,
      await client
        .post(apiPath(resource))
        .bearerToken(token)
        .json(body(fx.title(`${role} created`))),
      await expect('create', 201)
    )
    findings.status(
      `${role} update`,
      await client
        .patch(apiPath(resource, `/${own.id}`))
        .bearerToken(token)
        .json(body(own.title)),
      await expect('update', 200)
    )
    findings.status(
      `${role} delete`,
      await client.delete(apiPath(resource, `/${fx.disposable[role].id}`)).bearerToken(token),
      await expect('delete', 204)
    )
    findings.status(
      `${role} restore`,
      await client.post(apiPath(resource, `/${fx.trashed[role].id}/restore`)).bearerToken(token),
      await expect('restore', 200)
    )

    const unreachable: [string, Fixture, Fixture][] = [
      ['a record of another organization', fx.foreign, fx.foreignTrashed],
    ]
    if (isOwnScoped(resource, role)) {
      const other = ROLES.find((candidate) => !isOwnScoped(resource, candidate))!
      unreachable.push([`a record owned by the ${other}`, fx.owned[other], fx.trashed[other]])
    }
    for (const [what, live, inTrash] of unreachable) {
      findings.status(
        `${role} show of ${what}`,
        await client.get(apiPath(resource, `/${live.id}`)).bearerToken(token),
        await expect('view', 404)
      )
      // Probes change nothing even when they leak, so one leak is not hidden by another.
      findings.status(
        `${role} update of ${what}`,
        await client
          .patch(apiPath(resource, `/${live.id}`))
          .bearerToken(token)
          .header('if-match', '"0"')
          .json({ [resource.titleField]: live.title }),
        await expect('update', 404)
      )
      findings.status(
        `${role} delete of ${what}`,
        await client
          .delete(apiPath(resource, `/${live.id}`))
          .bearerToken(token)
          .header('if-match', '"0"'),
        await expect('delete', 404)
      )
      findings.status(
        `${role} restore of ${what}`,
        await client.post(apiPath(resource, `/${inTrash.id}/restore`)).bearerToken(token),
        await expect('restore', 404)
      )
    }
  }
}

/**
 * Invalid bodies are a 422 naming every wrong field, in English and Arabic.
 */
async function checkValidation(findings: Findings, client: ApiClient, fx: ContractFixtures) {
  const body = invalidBody(fx.fields)
  const send = (language: string) =>
    client
      .post(apiPath(fx.resource))
      .bearerToken(fx.tokens.owner)
      .header('accept-language', language)
      .json(body)
  const english = await send('en')
  const arabic = await send('ar')
  findings.status('invalid body', english, 422)
  findings.status('invalid body in Arabic', arabic, 422)
  type FieldError = { field?: string; message: string }
  const errorsOf = (response: ApiResponse): FieldError[] => response.body()?.errors ?? []
  if (errorsOf(english).some((error) => typeof error.field !== 'string')) {
    findings.fail('invalid body: an error without a field')
  }
  for (const field of writableFields(fx.fields)) {
    const path = field.customKey ? `custom.${field.customKey}` : field.key
    const of = (errors: FieldError[]) =>
      errors.find((error) => error.field === path || error.field?.startsWith(`${path}.`))
    const inEnglish = of(errorsOf(english))
    const inArabic = of(errorsOf(arabic))
    if (!inEnglish || !inArabic) {
      findings.fail(`invalid ${path}: no field error`)
    } else if (inEnglish.message === inArabic.message) {
      findings.fail(`invalid ${path}: the error is not translated ("${inEnglish.message}")`)
    }
  }
}

/**
 * Unknown filters are refused; a stale `If-Match` is a 412; an exported
 * cell that would start a formula is neutralized.
 */
async function checkProtocol(findings: Findings, client: ApiClient, fx: ContractFixtures) {
  const { resource } = fx
  const token = fx.tokens.owner
  for (const path of ['', '/export']) {
    const response = await client
      .get(apiPath(resource, `${path}?filter[doesNotExist]=1`))
      .bearerToken(token)
    findings.status(`unknown filter on ${path || 'list'}`, response, 422)
    if (response.body()?.errors?.[0]?.field !== 'filter[doesNotExist]') {
      findings.fail(`unknown filter on ${path || 'list'}: the error does not name it`)
    }
  }

  findings.status(
    'PATCH with a stale If-Match',
    await client
      .patch(apiPath(resource, `/${fx.owned.owner.id}`))
      .bearerToken(token)
      .header('if-match', '"999"')
      .json({ [resource.titleField]: 'Lost update' }),
    412
  )

  const formula = '=HYPERLINK("http://evil.example","x")'
  const created = await client
    .post(apiPath(resource))
    .bearerToken(token)
    .json(sampleBody(fx.fields, fx.refs.owner, { [resource.titleField]: formula }))
  findings.status('create of a record to export', created, 201)
  if (created.status() !== 201) return
  const id = created.body().data.id
  const exported = await client
    .get(apiPath(resource, `/export?columns=${resource.titleField}&filter[id]=${id}`))
    .bearerToken(token)
  findings.status('export of a formula', exported, 200)
  const titles = exportedTitles(exported.text())
  if (titles.length !== 1 || titles[0] !== `'${formula}`) {
    findings.fail(`export of a formula: the cell is ${JSON.stringify(titles)}, not neutralized`)
  }
}

/**
 * The whole HTTP contract for one resource.
 */
export async function checkResourceContract(client: ApiClient, fx: ContractFixtures) {
  const findings = new Findings(fx.resource)
  await checkRoles(findings, client, fx)
  await checkValidation(findings, client, fx)
  await checkProtocol(findings, client, fx)
  return findings.failures
}

function isNotFound(error: unknown) {
  return (error as { code?: string }).code === 'E_ROW_NOT_FOUND'
}

/**
 * The same reach, checked on the engine itself: the contexts the factory
 * gives (the app's, or a deliberately broken one) must keep each role to
 * its organization and, for brokers, to its own records, in the list
 * query, `find` (live and trash) and the export.
 */
export async function checkEngineScopes(
  fx: ContractFixtures,
  contextFor: ContextFactory = (resource, user, i18n) => ResourceContext.for(resource, user, i18n)
) {
  const findings = new Findings(fx.resource)
  const { en } = englishAndArabic()
  for (const role of ROLES) {
    const user = fx.home[role]
    await tenantContext.run(user.organizationId, async () => {
      const context = await contextFor(fx.resource, user, en)
      const rows = await filteredQuery(context, {})
      const ids = rows.map((row) => row.id as number)
      checkReach(findings, fx, role, 'engine query', (fixture) => ids.includes(fixture.id))

      const unreachable: [string, Fixture, Fixture][] = [
        ['a record of another organization', fx.foreign, fx.foreignTrashed],
      ]
      if (isOwnScoped(fx.resource, role)) {
        const other = ROLES.find((candidate) => !isOwnScoped(fx.resource, candidate))!
        unreachable.push([`a record owned by the ${other}`, fx.owned[other], fx.trashed[other]])
      }
      for (const [what, live, inTrash] of unreachable) {
        for (const [where, find] of [
          ['find', () => context.find(live.id)],
          ['find in the trash', () => context.find(inTrash.id, { trash: true })],
        ] as const) {
          const found = await find().then(
            () => true,
            (error) => {
              if (isNotFound(error)) return false
              throw error
            }
          )
          if (found) findings.fail(`${role} engine ${where} reaches ${what}`)
        }
      }

      const file = exportRecords(context, {}, { format: 'csv', columns: fx.titleField })
      const chunks: Buffer[] = []
      for await (const chunk of file.stream) chunks.push(chunk as Buffer)
      await file.done
      const titles = exportedTitles(Buffer.concat(chunks).toString('utf8'))
      checkReach(findings, fx, role, 'engine export', (fixture) => titles.includes(fixture.title))
    })
  }
  return findings.failures
}
