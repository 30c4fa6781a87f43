import CustomField from '#resources/models/custom_field'

/**
 * The organization's custom fields, archived ones included, in the order
 * records show them (by resource when none is given).
 */
export function listCustomFields(resource?: string) {
  const query = CustomField.query()
  if (resource) query.where('resource', resource)
  return query.orderBy('resource', 'asc').orderBy('position', 'asc').orderBy('id', 'asc')
}
