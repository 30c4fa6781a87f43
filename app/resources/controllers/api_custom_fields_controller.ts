import type { HttpContext } from '@adonisjs/core/http'
import { apiSerializer } from '#core/http/api_serializer'
import CustomField from '#resources/models/custom_field'
import CustomFieldTransformer from '#resources/custom_fields/custom_field_transformer'
import { listCustomFields } from '#resources/custom_fields/list_custom_fields'
import { createCustomField } from '#resources/custom_fields/create_custom_field'
import { updateCustomField } from '#resources/custom_fields/update_custom_field'
import { reorderCustomFields } from '#resources/custom_fields/reorder_custom_fields'
import {
  archiveCustomField,
  unarchiveCustomField,
} from '#resources/custom_fields/archive_custom_field'
import {
  CustomFieldMessages,
  createCustomFieldValidator,
  listCustomFieldsValidator,
  reorderCustomFieldsValidator,
  updateCustomFieldValidator,
} from '#resources/custom_fields/custom_field_validator'

/**
 * `/api/v1/custom-fields`: the fields admins add to resources. Fields of
 * another organization are not found (404).
 */
export default class ApiCustomFieldsController {
  async index({ request, bouncer, i18n }: HttpContext) {
    await bouncer.authorize('manageCustomFields')
    const { resource } = await request.validateUsing(listCustomFieldsValidator, {
      data: request.qs(),
      messagesProvider: new CustomFieldMessages(i18n),
    })
    const fields = await listCustomFields(resource)
    return apiSerializer.serialize(CustomFieldTransformer.transform(fields))
  }

  async show({ params, bouncer }: HttpContext) {
    await bouncer.authorize('manageCustomFields')
    const field = await CustomField.findOrFail(params.id)
    return apiSerializer.serialize(CustomFieldTransformer.transform(field))
  }

  async store({ request, response, bouncer, i18n }: HttpContext) {
    await bouncer.authorize('manageCustomFields')
    const input = await request.validateUsing(createCustomFieldValidator, {
      messagesProvider: new CustomFieldMessages(i18n),
    })
    const field = await createCustomField(i18n, input)
    response.status(201)
    return apiSerializer.serialize(CustomFieldTransformer.transform(field))
  }

  async update({ params, request, bouncer, i18n }: HttpContext) {
    await bouncer.authorize('manageCustomFields')
    const field = await CustomField.findOrFail(params.id)
    const input = await request.validateUsing(updateCustomFieldValidator, {
      messagesProvider: new CustomFieldMessages(i18n),
    })
    await updateCustomField(i18n, field, input)
    return apiSerializer.serialize(CustomFieldTransformer.transform(field))
  }

  async reorder({ request, bouncer, i18n }: HttpContext) {
    await bouncer.authorize('manageCustomFields')
    const { resource, ids } = await request.validateUsing(reorderCustomFieldsValidator, {
      messagesProvider: new CustomFieldMessages(i18n),
    })
    await reorderCustomFields(i18n, resource, ids)
    const fields = await listCustomFields(resource)
    return apiSerializer.serialize(CustomFieldTransformer.transform(fields))
  }

  async archive({ params, bouncer }: HttpContext) {
    await bouncer.authorize('manageCustomFields')
    const field = await CustomField.findOrFail(params.id)
    await archiveCustomField(field)
    return apiSerializer.serialize(CustomFieldTransformer.transform(field))
  }

  async unarchive({ params, bouncer }: HttpContext) {
    await bouncer.authorize('manageCustomFields')
    const field = await CustomField.findOrFail(params.id)
    await unarchiveCustomField(field)
    return apiSerializer.serialize(CustomFieldTransformer.transform(field))
  }
}
