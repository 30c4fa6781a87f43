import type { HttpContext } from '@adonisjs/core/http'
import CustomField from '#resources/models/custom_field'
import CustomFieldTransformer from '#resources/custom_fields/custom_field_transformer'
import { findResource, resourceList } from '#resources/registry'
import { listCustomFields } from '#resources/custom_fields/list_custom_fields'
import { createCustomField } from '#resources/custom_fields/create_custom_field'
import { updateCustomField } from '#resources/custom_fields/update_custom_field'
import { reorderCustomFields } from '#resources/custom_fields/reorder_custom_fields'
import {
  archiveCustomField,
  unarchiveCustomField,
} from '#resources/custom_fields/archive_custom_field'
import {
  CUSTOM_FIELD_TYPES,
  CustomFieldMessages,
  createCustomFieldValidator,
  reorderCustomFieldsValidator,
  updateCustomFieldValidator,
} from '#resources/custom_fields/custom_field_validator'

/**
 * The settings screen where admins manage each resource's custom fields;
 * the same rules and actions as the API. Every change goes back to the
 * page it came from, on the same resource tab.
 */
export default class CustomFieldsController {
  async index({ request, inertia, bouncer, i18n }: HttpContext) {
    await bouncer.authorize('manageCustomFields')
    const resource = findResource(String(request.qs().resource ?? '')) ?? resourceList[0]
    const resources = resourceList.map(({ name }) => ({
      name,
      label: i18n.t(`resources.${name}.plural`),
    }))
    const fields = await listCustomFields(resource.name)
    return inertia.render('settings/custom_fields', {
      resource: resource.name,
      resources,
      fields: CustomFieldTransformer.transform(fields),
      types: [...CUSTOM_FIELD_TYPES],
      targets: [
        { value: 'users', label: i18n.t('custom_fields.targets.users') },
        ...resources.map(({ name, label }) => ({ value: name, label })),
      ],
    })
  }

  async store({ request, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.authorize('manageCustomFields')
    const input = await request.validateUsing(createCustomFieldValidator, {
      messagesProvider: new CustomFieldMessages(i18n),
    })
    const field = await createCustomField(i18n, input)
    session.flash('success', i18n.t('custom_fields.flash.created', { label: labelOf(field, i18n) }))
    return response.redirect().withQs().back()
  }

  async update({ params, request, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.authorize('manageCustomFields')
    const field = await CustomField.findOrFail(params.id)
    const input = await request.validateUsing(updateCustomFieldValidator, {
      messagesProvider: new CustomFieldMessages(i18n),
    })
    await updateCustomField(i18n, field, input)
    session.flash('success', i18n.t('custom_fields.flash.updated', { label: labelOf(field, i18n) }))
    return response.redirect().withQs().back()
  }

  async reorder({ request, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.authorize('manageCustomFields')
    const { resource, ids } = await request.validateUsing(reorderCustomFieldsValidator, {
      messagesProvider: new CustomFieldMessages(i18n),
    })
    await reorderCustomFields(i18n, resource, ids)
    session.flash('success', i18n.t('custom_fields.flash.reordered'))
    return response.redirect().withQs().back()
  }

  async archive({ params, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.authorize('manageCustomFields')
    const field = await CustomField.findOrFail(params.id)
    await archiveCustomField(field)
    session.flash(
      'success',
      i18n.t('custom_fields.flash.archived', { label: labelOf(field, i18n) })
    )
    return response.redirect().withQs().back()
  }

  async unarchive({ params, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.authorize('manageCustomFields')
    const field = await CustomField.findOrFail(params.id)
    await unarchiveCustomField(field)
    session.flash(
      'success',
      i18n.t('custom_fields.flash.unarchived', { label: labelOf(field, i18n) })
    )
    return response.redirect().withQs().back()
  }
}

function labelOf(field: CustomField, i18n: HttpContext['i18n']) {
  return i18n.locale === 'ar' ? field.labelAr : field.labelEn
}
