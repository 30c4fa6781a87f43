import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { Exception } from '@adonisjs/core/exceptions'
import { recordAudit } from '#core/audit/audit'
import { fieldError } from '#core/validation/field_error'
import Lead from '#crm/models/lead'
import Contact from '#crm/models/contact'
import Company from '#crm/models/company'
import Deal from '#crm/models/deal'
import DealStage from '#crm/models/deal_stage'
import DealStageChange from '#crm/models/deal_stage_change'
import contacts, { CONTACT_SOURCES } from '#resources/contacts_resource'
import companies from '#resources/companies_resource'
import { withinReach, type ResourceContext } from '#resources/engine/resource_context'
import { dispatchEvents } from '#core/events/domain_events'
import { conversionEvents } from '#crm/events/record_events'

export class LeadAlreadyConvertedException extends Exception {
  static status = 409
  static code = 'E_ALREADY_CONVERTED'
  static message = 'This lead was already converted'
}

type ConvertInput = { contactId?: number; companyId?: number; dealTitle?: string }

/**
 * Turns a lead into business: links or creates its contact (and company),
 * opens a deal in the first stage carrying the lead's value, and marks the
 * lead won, all or nothing. Everything points at everything else.
 */
export async function convertLead(context: ResourceContext, leadId: number, input: ConvertInput) {
  const { i18n, user } = context
  const lead = (await context.find(leadId)) as unknown as Lead
  if (lead.convertedAt) throw new LeadAlreadyConvertedException()
  // only contacts and companies the user may reach are picked or matched
  const reachableContacts = (query = Contact.query()) =>
    withinReach(query, contacts, user).whereNull('deleted_at')
  const reachableCompanies = (query = Company.query()) =>
    withinReach(query, companies, user).whereNull('deleted_at')
  const contactChoice = input.contactId
    ? await reachableContacts().where('id', input.contactId).first()
    : null
  if (input.contactId && !contactChoice) throw fieldError(i18n, 'contactId', 'exists')
  const companyChoice = input.companyId
    ? await reachableCompanies().where('id', input.companyId).first()
    : null
  if (input.companyId && !companyChoice) throw fieldError(i18n, 'companyId', 'exists')
  const stage = await DealStage.query().where('outcome', 'open').orderBy('position').first()
  const now = DateTime.utc()

  const result = await db.transaction(async (trx) => {
    const client = { client: trx }
    const locked = await Lead.query(client).where('id', lead.id).forUpdate().firstOrFail()
    if (locked.convertedAt) throw new LeadAlreadyConvertedException()

    const company =
      companyChoice ??
      (locked.companyName
        ? ((await reachableCompanies(Company.query(client))
            .whereRaw('lower(name) = lower(?)', [locked.companyName])
            .first()) ??
          (await Company.create(
            { name: locked.companyName, ownerId: locked.ownerId, tags: [], custom: {} },
            client
          )))
        : null)

    const contact =
      contactChoice ??
      (locked.email
        ? await reachableContacts(Contact.query(client))
            .whereRaw('lower(email) = ?', [locked.email.toLowerCase()])
            .first()
        : null) ??
      (await Contact.create(
        {
          name: locked.name,
          email: locked.email,
          phone: locked.phone,
          companyId: company?.id ?? null,
          source: (CONTACT_SOURCES as readonly string[]).includes(locked.source ?? '')
            ? locked.source
            : 'other',
          ownerId: locked.ownerId,
          tags: locked.tags,
          custom: {},
        },
        client
      ))

    if (!stage) throw fieldError(i18n, 'stageId', 'noOpenStage')
    const deal = await Deal.create(
      {
        title: input.dealTitle ?? (company ? `${locked.name} · ${company.name}` : locked.name),
        value: locked.value,
        valueCurrency: locked.valueCurrency,
        stageId: stage.id,
        probability: stage.probability,
        contactId: contact.id,
        companyId: company?.id ?? contact.companyId ?? null,
        leadId: locked.id,
        ownerId: locked.ownerId ?? user.id,
        assigneeId: locked.assigneeId,
        stageEnteredAt: now,
        position: 0,
        tags: [],
        custom: {},
      },
      client
    )
    await DealStageChange.create(
      { dealId: deal.id, fromStageId: null, toStageId: stage.id, userId: user.id, enteredAt: now },
      client
    )
    locked.merge({
      status: 'won',
      lostReason: null,
      contactId: contact.id,
      convertedDealId: deal.id,
      convertedAt: now,
      version: locked.version + 1,
    })
    await locked.save()
    return { lead: locked, contact, company, deal }
  })

  await recordAudit({
    action: 'leads.converted',
    entity: { type: 'leads', id: lead.id },
    changes: {
      before: { status: lead.status },
      after: { status: 'won', contactId: result.contact.id, dealId: result.deal.id },
    },
  })
  await recordAudit({
    action: 'deals.created',
    entity: { type: 'deals', id: result.deal.id },
    changes: { after: { title: result.deal.title, stageId: result.deal.stageId, leadId: lead.id } },
  })
  await dispatchEvents(...conversionEvents(lead.status, result, user))
  return result
}
